package org.vipcare.console;

/**
 * The value equation (价值等式) as a small horizontal gauge from −4 to +4: a bar from the middle to the score, red
 * when leaving costs the customer less than the problem weighs, green when more. Geometry in the SVG's own units.
 */
public record ScoreGauge(int score, int cost, int severity) {

    public static final int MIN = -4;
    public static final int MAX = 4;
    public static final int WIDTH = 260;
    public static final int MIDDLE = WIDTH / 2;
    public static final int UNIT = 30;

    public int width() {
        return WIDTH;
    }

    public int middle() {
        return MIDDLE;
    }

    public int trackX() {
        return MIDDLE + MIN * UNIT;
    }

    public int trackWidth() {
        return (MAX - MIN) * UNIT;
    }

    private int clamped() {
        return Math.max(MIN, Math.min(MAX, score));
    }

    public int barX() {
        return clamped() < 0 ? MIDDLE + clamped() * UNIT : MIDDLE;
    }

    public int barWidth() {
        return Math.abs(clamped()) * UNIT;
    }

    public int markerX() {
        return MIDDLE + clamped() * UNIT;
    }

    /** CSS tone: {@code negative}, {@code neutral} or {@code positive}. */
    public String tone() {
        return score < 0 ? "negative" : score == 0 ? "neutral" : "positive";
    }

    public int minX() {
        return trackX();
    }

    public int maxX() {
        return trackX() + trackWidth();
    }

    public String signed() {
        return score > 0 ? "+" + score : Integer.toString(score);
    }
}
