using OrderEvents.Local.Cli.Arguments;

namespace OrderEvents.Local.Cli.Inputs;

/// <summary>
/// Reads an option's value the way the AWS CLI does: <c>file://path</c> (and, for <c>--input</c>,
/// <c>@path</c>) names a file relative to the working directory; anything else is the text itself.
/// </summary>
public static class InputText
{
    /// <summary>Resolves an inline-or-file value.</summary>
    /// <param name="allowAtFile">Whether <c>@path</c> also names a file.</param>
    public static string Read(string value, string option, string workingDirectory, bool allowAtFile = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.StartsWith("file://", StringComparison.Ordinal))
        {
            return ReadFile(value["file://".Length..], option, workingDirectory);
        }

        if (allowAtFile && value.StartsWith('@'))
        {
            return ReadFile(value[1..], option, workingDirectory);
        }

        return value;
    }

    /// <summary>Reads a value that is always a path (<c>file://</c> prefix optional).</summary>
    public static string ReadFile(string path, string option, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.StartsWith("file://", StringComparison.Ordinal))
        {
            path = path["file://".Length..];
        }

        if (path.Length == 0)
        {
            throw new UsageException($"--{option}: the file name is empty");
        }

        var full = Path.GetFullPath(path, workingDirectory);
        if (Directory.Exists(full))
        {
            throw new UsageException($"--{option}: '{path}' is a directory, not a file");
        }

        if (!File.Exists(full))
        {
            throw new UsageException($"--{option}: file '{path}' does not exist (looked in {Path.GetDirectoryName(full)})");
        }

        try
        {
            return File.ReadAllText(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--{option}: cannot read '{path}': {ex.Message}");
        }
    }

    /// <summary>The absolute path of a file option's value, which must exist.</summary>
    public static string ExistingPath(string path, string option, string workingDirectory)
    {
        ReadFile(path, option, workingDirectory);
        return Path.GetFullPath(path.StartsWith("file://", StringComparison.Ordinal) ? path["file://".Length..] : path, workingDirectory);
    }
}
