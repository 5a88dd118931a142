using System.Collections.Frozen;

namespace Platform.Kernel.Values;

/// <summary>
/// Country calling codes assigned in ITU-T E.164 (its annex, "List of ITU-T Recommendation
/// E.164 assigned country codes"), including the shared codes for global services. Spare
/// and reserved codes are left out, so a number that starts with one is refused. No code is
/// the start of another, which is what lets a number be split without separators.
/// </summary>
internal static class CallingCodeTable
{
    public static readonly FrozenSet<int> Assigned = new[]
    {
        1, 7, // North American Numbering Plan; Russia and Kazakhstan
        20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49,
        51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66,
        81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
        // Africa
        211, 212, 213, 216, 218, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229,
        230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249,
        250, 251, 252, 253, 254, 255, 256, 257, 258, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269,
        290, 291, 297, 298, 299,
        // Europe
        350, 351, 352, 353, 354, 355, 356, 357, 358, 359,
        370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 385, 386, 387, 389,
        420, 421, 423,
        // The Americas
        500, 501, 502, 503, 504, 505, 506, 507, 508, 509,
        590, 591, 592, 593, 594, 595, 596, 597, 598, 599,
        // Oceania and South-East Asia
        670, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 685, 686, 687, 688, 689, 690, 691, 692,
        // East and South Asia
        850, 852, 853, 855, 856, 880, 886,
        // Middle East and Central Asia
        960, 961, 962, 963, 964, 965, 966, 967, 968, 970, 971, 972, 973, 974, 975, 976, 977,
        992, 993, 994, 995, 996, 998,
        // Global services: freephone, shared cost, Inmarsat, UPT, satellite systems,
        // international networks, disaster relief, premium rate, trial service
        800, 808, 870, 878, 881, 882, 883, 888, 979, 991,
    }.ToFrozenSet();
}
