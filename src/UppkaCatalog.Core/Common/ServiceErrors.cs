namespace UppkaCatalog.Core.Common;

/// <summary>
/// Refusals a service can give; each front door turns them into its own form (a message beside a
/// field, a snackbar, a problem-details response). Messages come from <see cref="ServiceMessages"/>, in the
/// caller's language at the moment the exception is made.
/// </summary>
public abstract class ServiceException(string message) : Exception(message);

/// <summary>The thing does not exist — or belongs to another group, which the caller must not learn.</summary>
public sealed class NotFoundException(string? message = null) : ServiceException(message ?? ServiceMessages.NotFound);

/// <summary>The caller may not do this (e.g. a member calling a staff operation).</summary>
public sealed class ForbiddenException(string? message = null) : ServiceException(message ?? ServiceMessages.Forbidden);

/// <summary>Someone else saved first: the caller's copy is stale and nothing was written.</summary>
public sealed class ConflictException(string message) : ServiceException(message);

/// <summary>Input that breaks a rule, with a message per field (field names as in the API, camelCase).</summary>
public sealed class ValidationException(IReadOnlyDictionary<string, string> errors)
    : ServiceException(errors.Count == 1 ? errors.First().Value : ServiceMessages.CheckMarkedFields)
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;

    public ValidationException(string field, string message) : this(new Dictionary<string, string> { [field] = message })
    {
    }
}
