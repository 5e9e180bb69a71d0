package dev.ltt.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * Strict UTF-8: Jackson decodes an overlong form (0xC0 0xAF as '/') or an encoded surrogate without a word,
 * so bytes are checked here first, with the JDK's decoder, which refuses both.
 */
public final class Utf8 {
    private Utf8() {}

    /** The offset of the first byte that is not well-formed UTF-8, or empty when all of them are. */
    public static OptionalLong firstInvalidByte(byte[] bytes) {
        int ascii = 0; // an ASCII prefix is well-formed as it is, and the rest starts on a character's first byte
        while (ascii < bytes.length && bytes[ascii] >= 0) ascii++;
        if (ascii == bytes.length) return OptionalLong.empty();
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, ascii, bytes.length - ascii);
        CharBuffer out = CharBuffer.allocate(Math.min(8192, bytes.length - ascii));
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) return OptionalLong.of(in.position());
            if (result.isUnderflow()) break;
            out.clear();
        }
        CoderResult end = decoder.flush(out);
        return end.isError() ? OptionalLong.of(in.position()) : OptionalLong.empty();
    }

    /** Whether every byte is well-formed UTF-8. */
    public static boolean valid(byte[] bytes) {
        return firstInvalidByte(bytes).isEmpty();
    }
}
