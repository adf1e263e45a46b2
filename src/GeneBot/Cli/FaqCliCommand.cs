using System.CommandLine;
using GeneBot.Features.Faq;
using GeneBot.Storage;

namespace GeneBot.Cli;

/// <summary><c>genebot faq export DIR</c>: writes the current FAQ set (corpus defaults with the stored edits applied) as Markdown in the corpus/faq format, for review.</summary>
public static class FaqCliCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to write the entries to (one KEY.md each)" };
        var export = new Command("export", "Write the current FAQ set, with moderators' edits, as Markdown files") { folder };
        export.SetAction(result => Export(result.GetValue(folder)!));
        return new Command("faq", "FAQ entries") { export };
    }

    private static int Export(string folder)
    {
        var storage = StorageLoader.Options();
        using var db = StorageLoader.Open(storage);
        var options = Configuration.GeneBotConfiguration.Knowledge();
        var snapshot = Knowledge.Corpus.CorpusReader.Read(Knowledge.KnowledgePaths.ResolveExisting(options.CorpusPath));
        var entries = FaqMerge.Apply(snapshot.Faqs, new FaqStore(db).Overrides());
        var written = FaqExport.Write(entries, folder);
        Console.WriteLine($"Wrote {written.Count} FAQ entries to {Path.GetFullPath(folder)}");
        return 0;
    }
}
