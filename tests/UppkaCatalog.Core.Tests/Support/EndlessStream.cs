namespace UppkaCatalog.Core.Tests.Support;

/// <summary>A stream that never ends, counting what was read from it (a client that keeps sending).</summary>
public sealed class EndlessStream(byte first) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        buffer.AsSpan(offset, count).Fill(first);
        if (BytesRead == 0 && count >= 3)
        {
            buffer[offset] = 0xFF;
            buffer[offset + 1] = 0xD8;
            buffer[offset + 2] = 0xFF;
        }

        BytesRead += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
