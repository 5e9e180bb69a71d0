package dev.ltt.validation;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A learner's copy of a dataset as it is stored: only the pages that differ from the dataset, with the dataset's
 * fingerprint (SHA-256 of its image) so that a copy is never rebuilt on other data. A learner's copy usually
 * differs in a few pages (a copied table, updated rows), so this keeps a few hundred kilobytes where the whole
 * image would be megabytes. Stateless; the base is the dataset's image.
 */
final class PageDelta {
    private static final int MAGIC = 0x4c545444; // "LTTD"

    private PageDelta() {}

    static byte[] fingerprint(byte[] image) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(image);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The pages of {@code image} that differ from {@code base} (both SQLite images of one page size). */
    static byte[] between(byte[] base, byte[] fingerprint, byte[] image) {
        int pageSize = pageSize(image);
        int pages = image.length / pageSize;
        int changed = 0;
        for (int p = 0; p < pages; p++) if (differs(base, image, p, pageSize)) changed++;
        ByteBuffer out = ByteBuffer.allocate(4 + 32 + 12 + changed * (4 + pageSize));
        out.putInt(MAGIC).put(fingerprint).putInt(pageSize).putInt(pages).putInt(changed);
        for (int p = 0; p < pages; p++) {
            if (differs(base, image, p, pageSize)) out.putInt(p).put(image, p * pageSize, pageSize);
        }
        return out.array();
    }

    /** The image {@code delta} stands for; throws {@link SqlDatasetException} when it was made from another base. */
    static byte[] apply(byte[] base, byte[] fingerprint, byte[] delta, String name) {
        ByteBuffer in = ByteBuffer.wrap(delta);
        byte[] made = new byte[32];
        if (delta.length < 48 || in.getInt() != MAGIC)
            throw new SqlDatasetException("a stored copy of " + name + " is damaged", null);
        in.get(made);
        if (!Arrays.equals(made, fingerprint)) {
            throw new SqlDatasetException("the dataset " + name + " changed since this copy was made", null);
        }
        int pageSize = in.getInt(), pages = in.getInt(), changed = in.getInt();
        byte[] image = Arrays.copyOf(base, Math.multiplyExact(pages, pageSize));
        for (int i = 0; i < changed; i++) in.get(image, in.getInt() * pageSize, pageSize);
        return image;
    }

    private static boolean differs(byte[] base, byte[] image, int page, int pageSize) {
        int from = page * pageSize, to = from + pageSize;
        if (to > base.length) return true;
        return Arrays.mismatch(base, from, to, image, from, to) >= 0;
    }

    private static int pageSize(byte[] image) {
        int size = ((image[16] & 0xff) << 8) | (image[17] & 0xff);
        return size == 1 ? 65_536 : size;
    }
}
