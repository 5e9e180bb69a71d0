package dev.ltt.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class Utf8Test {
    @Test
    void ascii_and_well_formed_multi_byte_text_is_valid() {
        assertThat(Utf8.firstInvalidByte(new byte[0])).isEmpty();
        assertThat(Utf8.firstInvalidByte("{\"content\": \"SELECT 42\"}".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(Utf8.firstInvalidByte("naïve café – 日本 😀".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void the_offset_of_the_first_bad_byte_counts_the_ascii_before_it() {
        // an overlong '/' after two ASCII bytes
        assertThat(Utf8.firstInvalidByte(new byte[] {'a', 'b', (byte) 0xC0, (byte) 0xAF}))
                .isEqualTo(OptionalLong.of(2));
        // an encoded surrogate (U+D800) after "xé"
        assertThat(Utf8.firstInvalidByte(
                        new byte[] {'x', (byte) 0xC3, (byte) 0xA9, (byte) 0xED, (byte) 0xA0, (byte) 0x80}))
                .isEqualTo(OptionalLong.of(3));
        // a sequence cut short at the end
        assertThat(Utf8.firstInvalidByte(new byte[] {'o', 'k', (byte) 0xE6, (byte) 0x97}))
                .isEqualTo(OptionalLong.of(2));
    }

    @Test
    void text_longer_than_the_decoding_buffer_is_checked_to_its_end() {
        byte[] bytes = ("é".repeat(10_000) + "!!").getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.valid(bytes)).isTrue();
        bytes[bytes.length - 2] = (byte) 0xFF;
        assertThat(Utf8.firstInvalidByte(bytes)).isEqualTo(OptionalLong.of(bytes.length - 2));
    }
}
