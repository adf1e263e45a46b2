using System.Text;

namespace GeneBot.Knowledge.Tests.Support;

/// <summary>Questions nobody should send, and seeded random ones: reproducible input for "never throws" tests.</summary>
public static class HostileStrings
{
    public const int Seed = 20261126;

    private static readonly string[] Vocabulary =
    [
        "what", "is", "the", "of", "how", "car-t", "CAR", "T-VEC", "imlygic", "crs", "gene", "therapy", "AAV", "crispr",
        "AND", "OR", "NOT", "TO", "*", "?", "~", "^2", ":", "\"", "(", ")", "[", "]", "{", "}", "\\", "/", "+", "-", "&&", "||",
        "!", "*:*", "title:", "body:x", "🧬", "👩‍🔬", "@everyone", "**", "`", "|", "_", "é", "ß", "日本語", "العربية",
    ];

    /// <summary>Hand-picked hostile questions.</summary>
    public static IEnumerable<string?> Fixed()
    {
        yield return null;
        yield return "";
        yield return " ";
        yield return "\t\r\n";
        yield return "*:*";
        yield return "*";
        yield return "?";
        yield return "\"unbalanced quote";
        yield return "unbalanced quote\"";
        yield return "\"\"\"";
        yield return "((((car-t";
        yield return "car-t))))";
        yield return "title:[a TO z] AND body:{* TO *}";
        yield return "gene~2 therapy^10 \"car t\"~5";
        yield return "+-&&||!(){}[]^\"~*?:\\/";
        yield return "AND OR NOT";
        yield return "NOT *";
        yield return "/regex.*/";
        yield return "\\";
        yield return new string('a', 10_000);
        yield return string.Concat(Enumerable.Repeat("gene therapy ", 1_000));
        yield return string.Concat(Enumerable.Repeat("🧬", 5_000));
        yield return new string('a', 499) + "🧬";
        yield return new string(' ', 499) + "🧬";
        yield return "👩‍👩‍👧‍👦 🏳️‍🌈 🇺🇳 what is car-t?";
        yield return "Z\u0351\u0364\u0350a\u0346\u0300\u0352l\u0350\u034bg\u0312\u0357o\u033d\u0344 c\u0306a\u0308r\u0301-t\u030a";
        yield return string.Concat(Enumerable.Repeat("e\u0301\u0302\u0303\u0304\u0305\u0306\u0307", 800));
        yield return "\0\u0001\u0002\u001b[31mred\u001b[0m\u007f\u0085";
        yield return "car\0t";
        yield return "\u202Ereversed\u202C \u200B\u200C\u200D\uFEFF";
        yield return "\uD800";
        yield return "\uDFFF\uD800 lone surrogates \uDBFF";
        yield return "the of and is a to in";
        yield return "what is it? how do you do? why?";
        yield return "<script>alert(1)</script>";
        yield return "'; DROP TABLE passages; --";
        yield return "**bold** _it_ `code` ~~gone~~ ||spoiler||";
        yield return "1e309 NaN -0 9999999999999999999999";
        yield return new string('x', 300) + " " + new string('y', 300);
        yield return "ｃａｒ－ｔ　ｔｈｅｒａｐｙ";
        yield return "\u00A0\u2028\u2029\u3000";
    }

    /// <summary>Seeded random questions: random Unicode (with surrogate pairs and lone surrogates), query syntax, words and mixtures, up to 600 characters and now and then 10,000.</summary>
    public static IEnumerable<string> Random(int count, int seed = Seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
            yield return Next(random);
    }

    private static string Next(Random random)
    {
        var length = random.Next(10) == 0 ? random.Next(490, 10_001) : random.Next(0, 600);
        var sb = new StringBuilder(length + 8);
        var mode = random.Next(4);
        while (sb.Length < length)
        {
            var pick = mode == 3 ? random.Next(3) : mode;
            switch (pick)
            {
                case 0:
                    sb.Append((char)random.Next(0, 0x10000));
                    break;
                case 1:
                    sb.Append(char.ConvertFromUtf32(RandomScalar(random)));
                    break;
                default:
                    sb.Append(Vocabulary[random.Next(Vocabulary.Length)]).Append(random.Next(3) == 0 ? "" : " ");
                    break;
            }
        }
        return sb.ToString();
    }

    private static int RandomScalar(Random random)
    {
        while (true)
        {
            var value = random.Next(3) == 0 ? random.Next(0x10000, 0x110000) : random.Next(0, 0x10000);
            if (value is < 0xD800 or > 0xDFFF)
                return value;
        }
    }
}
