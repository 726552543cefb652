namespace UppkaCatalog.Web.Components.Shared;

/// <summary>How a <see cref="StatusBadge"/> is coloured: by what the status means for the reader, not by which status it is.</summary>
public enum StatusTone
{
    /// <summary>Nothing to do, or nothing more to happen: a draft, an archive, a withdrawn booth.</summary>
    Neutral,

    /// <summary>Live: a product buyers see, an accepted booth, a published exhibition.</summary>
    Success,

    /// <summary>Waiting for someone: a product or an application in review, an exhibition not yet published.</summary>
    Warning,

    /// <summary>Refused: a rejected product or booth.</summary>
    Danger,
}
