package dev.candor.examples.feedback;

import java.util.Collection;


/**
 * Net Promoter Score and customer satisfaction of a set of ratings (0 to 10): promoters
 * rate 9 or 10, detractors 0 to 6; NPS is the share of promoters minus that of
 * detractors (-100 to +100).
 *
 * @param answers how many ratings
 * @since 0.1
 */
public record Nps(int answers, int promoters, int passives, int detractors) {

    public static Nps of(Collection<Answer> answers) {
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        for (Answer a : answers) {
            int rating = a.rating();
            if (rating >= 9) {
                promoters++;
            } else if (rating >= 7) {
                passives++;
            } else {
                detractors++;
            }
        }
        return new Nps(promoters + passives + detractors, promoters, passives, detractors);
    }

    /** The score, -100 to +100; {@code NaN} without answers. */
    public double score() {
        return answers == 0 ? Double.NaN : 100.0 * (promoters - detractors) / answers;
    }

    /** Whether a rating makes a promoter, a passive or a detractor. */
    public static Category category(int rating) {
        return rating >= 9 ? Category.PROMOTER : rating >= 7 ? Category.PASSIVE : Category.DETRACTOR;
    }

    public enum Category {
        PROMOTER, PASSIVE, DETRACTOR
    }
}
