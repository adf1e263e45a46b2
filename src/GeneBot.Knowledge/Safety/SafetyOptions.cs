using System.ComponentModel.DataAnnotations;

namespace GeneBot.Knowledge.Safety;

/// <summary>What GeneBot says when a message describes an emergency or a crisis. Set these for your community's region.</summary>
public sealed class SafetyOptions
{
    public const string SectionName = "Safety";

    /// <summary>The first words of a reply to urgent symptoms.</summary>
    [Required]
    public string UrgentMessage { get; set; } =
        "This could be urgent. Contact your care team now, using the 24-hour number they gave you. " +
        "If the person has trouble breathing, chest pain, a seizure, fainting or is hard to wake, call your local emergency number now (911 in the US, 999 in the UK, 112 in the EU).";

    /// <summary>The whole reply to a crisis message: warm, short, with crisis lines. No retrieval follows it.</summary>
    [Required]
    public string CrisisMessage { get; set; } =
        "I'm really sorry you're going through this, and I'm glad you said something. You deserve support from a real person right now. " +
        "If you might act on these thoughts, call your local emergency number now (911 in the US, 999 in the UK, 112 in the EU). " +
        "In the US you can call or text 988 (Suicide & Crisis Lifeline) at any time; in the UK and Ireland, Samaritans answer on 116 123. " +
        "Your care team can help too, and a moderator of this community can point you to local support.";

    /// <summary>The note added to answers about decisions on someone's own care.</summary>
    [Required]
    public string AdviceMessage { get; set; } =
        "Decisions about your own treatment, or a loved one's, are best made with the care team who knows the whole picture. " +
        "The article \"{0}\" lists questions you can take to them.";

    /// <summary>The article that lists questions to ask the care team, linked from advice replies.</summary>
    [Required]
    public string QuestionsArticleId { get; set; } = "questions-to-ask-your-care-team";
}
