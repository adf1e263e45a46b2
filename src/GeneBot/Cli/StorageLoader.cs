using GeneBot.Chat;
using GeneBot.Features.Admin;
using GeneBot.Features.Ask;
using GeneBot.Features.Faq;
using GeneBot.Features.Feedback;
using GeneBot.Knowledge;
using GeneBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeneBot.Cli;

/// <summary>Opens the store (Storage settings from configuration, validated) and the knowledge base with its stored FAQ edits, for one-shot commands and the console chat.</summary>
public static class StorageLoader
{
    public static StorageOptions Options(string? path = null)
    {
        var options = new StorageOptions();
        Configuration.GeneBotConfiguration.Load().GetSection(StorageOptions.SectionName).Bind(options);
        if (path is not null)
            options.Path = path;
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true))
            throw new InvalidOperationException("Invalid Storage settings: " + string.Join("; ", results.Select(r => r.ErrorMessage)));
        return options;
    }

    public static GeneBotDb Open(StorageOptions options) => GeneBotDb.Open(options);

    /// <summary>
    /// The snapshot with moderators' stored FAQ edits, when a store exists: a SQLite file, or PostgreSQL when configured
    /// (<c>genebot index</c> then builds what the bot serves); without one, the snapshot as read (no SQLite file is
    /// created just to index).
    /// </summary>
    public static Knowledge.Corpus.CorpusSnapshot WithStoredFaqs(Knowledge.Corpus.CorpusSnapshot snapshot)
    {
        var options = Options();
        if (!options.IsPostgres && !File.Exists(options.Path))
            return snapshot;
        using var db = Open(options);
        return FaqIndexing.Prepare(new FaqStore(db))(snapshot);
    }

    /// <summary>The knowledge base with the stored FAQ edits indexed too.</summary>
    public static KnowledgeBase OpenKnowledge(GeneBotDb db) => KnowledgeLoader.Open(prepare: FaqIndexing.Prepare(new FaqStore(db)));

    /// <summary>The chat services over the store; the console user is an admin of their own machine.</summary>
    public static ChatServices Services(GeneBotDb db, StorageOptions options, KnowledgeBase knowledge)
    {
        var time = TimeProvider.System;
        var users = UserIdHasher.For(db, options.UserIdSalt);
        var log = new AnswerLog(db);
        var corpus = new CorpusOptions();
        Configuration.GeneBotConfiguration.Load().GetSection(CorpusOptions.SectionName).Bind(corpus);
        return new ChatServices(new FaqStore(db), log, new AnswerRecorder(log, users, time), users, time)
        {
            Reindex = new ReindexQueue(knowledge, corpus, time, NullLogger<ReindexQueue>.Instance,
                generation: new ServedGeneration(new CorpusGeneration(db), NullLogger<ServedGeneration>.Instance)),
        };
    }
}
