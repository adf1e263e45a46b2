namespace GeneBot.Knowledge.Search;

/// <summary>
/// Words that frame a question but say nothing about its topic ("what", "how", "can", "my"). They are dropped from
/// queries on top of the analyzer's English stop words, so "what is CAR-T?" searches for CAR-T alone.
/// </summary>
internal static class QuestionWords
{
    private static readonly string[] Words =
    [
        "what", "whats", "how", "why", "when", "where", "who", "whom", "whose", "which", "do", "does", "did", "doing", "done",
        "can", "could", "should", "would", "shall", "may", "might", "must", "i", "im", "ive", "me", "my", "mine", "myself",
        "we", "us", "our", "you", "your", "yours", "u", "ur", "am", "been", "being", "has", "have", "had", "having",
        "about", "tell", "know", "explain", "mean", "means", "meaning", "please", "pls", "plz", "hi", "hello", "hey",
        "thanks", "thank", "anyone", "someone", "something", "anything", "get", "got", "go", "going", "really",
        "very", "just", "also", "so", "some", "any", "much", "many", "more", "most", "there", "here", "like", "want",
        "need", "its", "he", "she", "him", "her", "his", "hers", "them", "those", "from", "than", "too",
        "all", "out", "up", "down", "over", "off", "yes", "ok", "okay", "question", "questions", "wondering", "wonder",
        "heard", "hear", "read", "say", "says", "said", "thing", "things", "stuff", "kind", "sort", "way", "work", "works",
        "help", "info", "information", "guys", "folks", "bot", "genebot", "wat", "wut", "hw", "dad", "mom", "mum", "mother", "father", "husband",
        "wife", "son", "daughter", "brother", "sister", "friend", "partner", "grandma", "grandpa", "dads", "moms", "mums", "husbands", "wives", "sons", "daughters", "brothers", "sisters", "friends", "next", "soon",
        "currently", "recently", "lol", "idk", "tbh", "btw", "um", "uh", "ok", "actually", "basically", "exactly", "happen",
        "happens", "happening", "supposed", "getting", "gets", "start", "starting", "simple", "simply", "words", "terms",
        "plain", "english", "layman", "laymans", "eli5", "define", "definition", "after", "before", "during", "since", "until",
    ];

    public static readonly HashSet<string> Set = new(Words, StringComparer.Ordinal);
}
