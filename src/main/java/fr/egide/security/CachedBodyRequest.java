package fr.egide.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request whose body, read once up to a size limit, can be read again by the controller. */
final class CachedBodyRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	private CachedBodyRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	/** The request with its body kept; empty when the body is larger than {@code maxBytes}. */
	static Optional<CachedBodyRequest> of(HttpServletRequest request, int maxBytes) throws IOException {
		if (request.getContentLengthLong() > maxBytes) {
			return Optional.empty();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] bytes = in.readNBytes(maxBytes + 1);
			return (bytes.length > maxBytes) ? Optional.empty() : Optional.of(new CachedBodyRequest(request, bytes));
		}
	}

	byte[] body() {
		return this.body.clone();
	}

	@Override
	public ServletInputStream getInputStream() {
		var in = new ByteArrayInputStream(this.body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return in.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("The cached body is read synchronously");
			}

		};
	}

	@Override
	public BufferedReader getReader() {
		String encoding = getCharacterEncoding();
		Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

	@Override
	public int getContentLength() {
		return this.body.length;
	}

	@Override
	public long getContentLengthLong() {
		return this.body.length;
	}

}
