package dev.rackd.app.wireless.coord;

/**
 * Optimal Golomb rulers (every difference between two marks occurs once), 10 to 28 marks. A set of carriers whose
 * spacings are all different has no three-transmitter 3rd-order product on a carrier (f1 + f2 - f3 = f4 means
 * f1 - f3 = f4 - f2), which is why Babcock used them for intermodulation-free channel plans in 1953. Scaled to
 * the guard, they seed the search for dense coordinations; the search then repairs what scaling breaks.
 */
final class GolombRulers {
    private static final int[][] RULERS = {
        {0, 1, 6, 10, 23, 26, 34, 41, 53, 55},
        {0, 1, 4, 13, 28, 33, 47, 54, 64, 70, 72},
        {0, 2, 6, 24, 29, 40, 43, 55, 68, 75, 76, 85},
        {0, 2, 5, 25, 37, 43, 59, 70, 85, 89, 98, 99, 106},
        {0, 4, 6, 20, 35, 52, 59, 77, 78, 86, 89, 99, 122, 127},
        {0, 4, 20, 30, 57, 59, 62, 76, 100, 111, 123, 136, 144, 145, 151},
        {0, 1, 4, 11, 26, 32, 56, 68, 76, 115, 117, 134, 150, 163, 168, 177},
        {0, 5, 7, 17, 52, 56, 67, 80, 81, 100, 122, 138, 159, 165, 168, 191, 199},
        {0, 2, 10, 22, 53, 56, 82, 83, 89, 98, 130, 148, 153, 167, 188, 192, 205, 216},
        {0, 1, 6, 25, 32, 72, 100, 108, 120, 130, 153, 169, 187, 190, 204, 231, 233, 242, 246},
        {0, 1, 8, 11, 68, 77, 94, 116, 121, 156, 158, 179, 194, 208, 212, 228, 240, 253, 259, 283},
        {0, 2, 24, 56, 77, 82, 83, 95, 129, 144, 179, 186, 195, 255, 265, 285, 293, 296, 310, 329, 333},
        {0, 1, 9, 14, 43, 70, 106, 122, 124, 128, 159, 179, 204, 223, 253, 263, 270, 291, 330, 341, 353, 356},
        {0, 3, 7, 17, 61, 66, 91, 99, 114, 159, 171, 199, 200, 226, 235, 246, 277, 316, 329, 348, 350, 366, 372},
        {0, 9, 33, 37, 38, 97, 122, 129, 140, 142, 152, 191, 205, 208, 252, 278, 286, 326, 332, 353, 368, 384, 403,
            425},
        {0, 12, 29, 39, 72, 91, 146, 157, 160, 161, 166, 191, 207, 214, 258, 290, 316, 354, 372, 394, 396, 431, 459,
            467, 480},
        {0, 1, 33, 83, 104, 110, 124, 163, 185, 200, 203, 249, 251, 258, 314, 318, 343, 356, 386, 430, 440, 456, 464,
            475, 487, 492},
        {0, 3, 15, 41, 66, 95, 97, 106, 142, 152, 220, 221, 225, 242, 295, 330, 338, 354, 382, 388, 402, 415, 486, 504,
            523, 546, 553},
        {0, 3, 15, 41, 66, 95, 97, 106, 142, 152, 220, 221, 225, 242, 295, 330, 338, 354, 382, 388, 402, 415, 486, 504,
            523, 546, 553, 585},
    };

    static final int MIN_MARKS = 10;
    static final int MAX_MARKS = 28;

    private GolombRulers() {}

    /** The ruler with {@code marks} marks (a copy), for 10 to 28 marks. */
    static int[] withMarks(int marks) {
        if (marks < MIN_MARKS || marks > MAX_MARKS) {
            throw new IllegalArgumentException("rulers are tabled for " + MIN_MARKS + " to " + MAX_MARKS + " marks");
        }
        return RULERS[marks - MIN_MARKS].clone();
    }
}
