using System.Text;

namespace Resilience.IO;

/// <summary>Reading small input files (scenarios, manifests) safely: only regular files, only up to a stated size, so a
/// wrong path such as <c>/dev/zero</c> or a pipe gives a clear message instead of exhausting memory or hanging.</summary>
public static class InputFiles
{
    /// <summary>Refuse a path that is missing, a folder, or not a regular file with content (devices, pipes and files
    /// of the /proc kind report a size of 0): for inputs that are streamed, such as panels.</summary>
    public static void CheckRegular(string path, string what)
    {
        if (Directory.Exists(path)) throw new InputException($"{path}: is a folder; expected a {what}");
        var info = new FileInfo(path);
        if (!info.Exists) throw new InputException($"{path}: {what} not found");
        if (info.Length == 0) throw new InputException($"{path}: empty, or not a regular file (a device or a pipe); expected a {what}");
    }

    /// <summary>Read <paramref name="full"/> as UTF-8 text, refusing anything that is not a regular file of 1 to
    /// <paramref name="maxBytes"/> bytes. Devices, pipes and files of the /proc kind report a size of 0 and are
    /// refused before they are opened.</summary>
    public static string ReadText(string full, string display, string what, int maxBytes)
    {
        var info = new FileInfo(full);
        if (!info.Exists) throw new InputException($"{display}: {what} not found");
        long length = info.Length;
        if (length == 0) throw new InputException($"{display}: empty, or not a regular file (a device or a pipe); expected a {what}");
        if (length > maxBytes) throw new InputException($"{display}: {length:N0} bytes; a {what} may have at most {maxBytes:N0} bytes");
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new byte[maxBytes + 1];
            int read = 0, n;
            while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0) read += n;
            if (read > maxBytes) throw new InputException($"{display}: more than {maxBytes:N0} bytes; a {what} may have at most {maxBytes:N0} bytes");
            string text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, read);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text; // a byte-order mark, as some editors write
        }
        catch (DecoderFallbackException) { throw new InputException($"{display}: not UTF-8 text; expected a {what}"); }
        catch (UnauthorizedAccessException e) { throw new InputException($"{display}: cannot be read ({e.Message})"); }
        catch (IOException e) { throw new InputException($"{display}: cannot be read ({e.Message})"); }
    }
}
