package it.retelavoro.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The request with its body read once, to hash it, and served again to the controller. A body longer
 * than the limit is not complete: what was read is served followed by the rest, unhashed.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {

    final byte[] body;
    final boolean complete;

    private CachedBodyRequest(HttpServletRequest request, byte[] body, boolean complete) {
        super(request);
        this.body = body;
        this.complete = complete;
    }

    static CachedBodyRequest of(HttpServletRequest request, int limit) throws IOException {
        byte[] read = request.getInputStream().readNBytes(limit + 1);
        return new CachedBodyRequest(request, read, read.length <= limit);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        InputStream bytes = complete ? new ByteArrayInputStream(body)
                : new SequenceInputStream(new ByteArrayInputStream(body), super.getInputStream());
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                try {
                    return complete && bytes.available() == 0;
                } catch (IOException e) {
                    return true;
                }
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("synchronous reads only");
            }

            @Override
            public int read() throws IOException {
                return bytes.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return bytes.read(b, off, len);
            }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
        return complete ? body.length : super.getContentLength();
    }

    @Override
    public long getContentLengthLong() {
        return complete ? body.length : super.getContentLengthLong();
    }
}
