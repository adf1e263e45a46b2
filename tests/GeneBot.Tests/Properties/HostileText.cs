using System.Text;
using CsCheck;

namespace GeneBot.Tests.Properties;

/// <summary>CsCheck generators of text nobody should send GeneBot. Every generated text carries <see cref="Marker"/>,
/// so a test can prove that none of it reached a log line above Debug.</summary>
public static class HostileText
{
    public const string Marker = "kumquat";

    private static readonly Gen<string> AnyUnicode = Gen.String[Gen.Char, 0, 200];

    private static readonly Gen<string> Rtl = Gen.String[Gen.Char['\u0590', '\u06FF'], 1, 120]
        .Select(s => "\u202E" + s + "\u202C what is car-t \u200F");

    private static readonly Gen<string> Zalgo = Gen.Select(Gen.String[Gen.Char['a', 'z'], 1, 40], Gen.Int[1, 30])
        .Select((letters, marks) => string.Concat(letters.Select((c, i) => c + new string((char)('\u0300' + (i * 7 % 0x6F)), marks))));

    private static readonly Gen<string> Long = Gen.Select(Gen.Int[4_000, 9_000], Gen.OneOf("what is car-t ", "**bold** ", "@everyone ", "`", "🧬", "a"))
        .Select((length, unit) => Repeat(unit, length));

    private static readonly Gen<string> Markdown = Gen.OneOf(
        "```\nclose the fence? ``` ```js\nalert(1)\n", "**unbalanced bold", "[click](https://evil.example/) what is crispr",
        "> quote\n> what is CAR-T", "||spoiler|| ~~strike~~ __under__", "# Heading\n## what is AAV", "\\*\\*escaped\\*\\*",
        "<script>alert(1)</script>", "![img](http://x/y.png)", "`` ` `` inline code", "-# subtext @here");

    private static readonly Gen<string> Mentions = Gen.OneOf(
        "@everyone", "@here", "@EVERYONE what is crispr", "<@&123456789012345678>", "<@123456789012345678>", "<@!123456789012345678>",
        "<#123456789012345678>", "@\u200Beveryone", "＠everyone", "@every\u0000one", "<@900000000000000001> again");

    private static readonly Gen<string> Lucene = Gen.OneOf(
        "*:*", "title:*", "AND OR NOT", "car-t AND", "(((", "\"unbalanced", "[a TO z]", "{a TO z}", "crispr~2", "aav^10",
        "body:x && ||", "\\", "/regex.*/", "?", "*", "+-!():^[]\"{}~*?\\/");

    private static readonly Gen<string> Control = Gen.String[Gen.Char['\u0000', '\u001F'], 1, 40]
        .Select(s => s + "\u007F\u200B\uFEFF\uD800\uDFFF\uDBFF" + "\r\n\t");

    /// <summary>One hostile question: a mix of two kinds, with the marker.</summary>
    public static readonly Gen<string> Question = Gen.Select(Kind, Kind, Gen.Int[0, 2])
        .Select((a, b, place) => place switch
        {
            0 => $"{a} {Marker} {b}",
            1 => $"{Marker} {a}{b}",
            _ => $"{a}{b} {Marker}",
        });

    private static Gen<string> Kind => Gen.Frequency(
        (3, AnyUnicode), (2, Rtl), (2, Zalgo), (1, Long), (3, Markdown), (3, Mentions), (3, Lucene), (2, Control));

    public static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length)
            sb.Append(unit);
        return sb.ToString();
    }
}
