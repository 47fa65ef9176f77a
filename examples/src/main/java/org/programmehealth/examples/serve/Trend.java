package org.programmehealth.examples.serve;

import static org.programmehealth.examples.serve.Html.h;

import java.util.List;

/**
 * The trend of a programme over its rounds as inline SVG (no script, no external asset, only
 * presentation attributes so that the page's Content-Security-Policy needs no inline style): the
 * lowest overall score of each round as a line (0 to 100), the number of warning signs as bars.
 */
final class Trend {

    private Trend() {
    }

    static String svg(List<Service.RoundView> rounds) {
        int w = 560;
        int hgt = 220;
        int left = 40;
        int right = 20;
        int top = 20;
        int bottom = 40;
        int plotW = w - left - right;
        int plotH = hgt - top - bottom;
        int n = rounds.size();
        int maxSigns = Math.max(1, rounds.stream().mapToInt(r -> r.signs().size()).max().orElse(1));
        StringBuilder b = new StringBuilder();
        b.append("<figure class=\"trend\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(w)
                .append("\" height=\"").append(hgt).append("\" viewBox=\"0 0 ").append(w).append(' ').append(hgt)
                .append("\" aria-labelledby=\"trend-title\"><title id=\"trend-title\">Lowest overall score (line, 0 to 100) and number of"
                        + " warning signs (bars) by round</title>\n");
        b.append("<rect x=\"").append(left).append("\" y=\"").append(top).append("\" width=\"").append(plotW).append("\" height=\"")
                .append(plotH).append("\" fill=\"#fafafa\" stroke=\"#cccccc\"/>\n");
        for (int s = 0; s <= 100; s += 50) {
            int y = top + plotH - s * plotH / 100;
            b.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 4).append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#555555\">")
                    .append(s).append("</text>\n");
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Service.RoundView r = rounds.get(i);
            int x = left + (n == 1 ? plotW / 2 : 20 + i * (plotW - 40) / (n - 1));
            int signs = r.signs().size();
            int barH = signs * (plotH / 2) / maxSigns;
            b.append("<rect x=\"").append(x - 9).append("\" y=\"").append(top + plotH - barH).append("\" width=\"18\" height=\"")
                    .append(barH).append("\" fill=\"#f0b37e\"><title>").append(signs).append(" warning signs</title></rect>\n");
            b.append("<text x=\"").append(x).append("\" y=\"").append(top + plotH - barH - 4)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#8a4b08\">").append(signs).append("</text>\n");
            b.append("<text x=\"").append(x).append("\" y=\"").append(hgt - bottom + 16)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333333\">").append(h(r.round().assessedOn())).append("</text>\n");
            Integer score = r.lowestScore();
            if (score != null) {
                int y = top + plotH - score * plotH / 100;
                line.append(line.length() == 0 ? "" : " ").append(x).append(',').append(y);
                b.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"4\" fill=\"#1d4f91\"><title>score ")
                        .append(score).append("</title></circle>\n");
                b.append("<text x=\"").append(x + 7).append("\" y=\"").append(y - 6).append("\" font-size=\"11\" fill=\"#1d4f91\">")
                        .append(score).append("</text>\n");
            }
        }
        if (line.indexOf(" ") > 0) {
            b.append("<polyline points=\"").append(line).append("\" fill=\"none\" stroke=\"#1d4f91\" stroke-width=\"2\"/>\n");
        }
        b.append("</svg><figcaption>Lowest overall score of the round (blue line, 0 to 100) and warning signs shown by any"
                + " respondent (orange bars), round by round.</figcaption></figure>\n");
        return b.toString();
    }
}
