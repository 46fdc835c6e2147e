package vn.congvu.reformindex;

/**
 * One thread's drawing from an {@link UncertaintyModel}: its working space, and each draw's totals.
 *
 * <p>Each draw has its own random stream derived from the seed and the draw's number, so the result is the same for
 * the same seed whatever the number of threads. The random numbers are taken in one fixed order (the weights, then
 * unit by unit its lines and its survey), and each unit's total is summed content by content in the same order and
 * with the same operations whatever the layout: a seed gives the same totals to the last bit, so a publication
 * reproduces.
 *
 * <p>Units are drawn a tile at a time, their points laid out content by content, so that the weighted sum runs over
 * the units of a tile in the same order for every content (the JIT turns it into vector instructions) and the tile
 * stays within a core's first-level cache.
 */
final class UncertaintyDraws {

	/** Units drawn together: 256 units of 10 contents take 20 KB. */
	static final int TILE = 256;

	private final UncertaintyModel model;
	private final double[] factors;
	private final double[] values; // [content * TILE + unit in tile]
	private final double[] surveys = new double[TILE];
	private final double[] sums = new double[TILE];
	private int nextSurvey; // in the current draw: the next of the units whose survey is drawn

	UncertaintyDraws(UncertaintyModel model) {
		this.model = model;
		factors = new double[model.contents];
		values = new double[model.contents * TILE];
	}

	/** The totals of draw number {@code draw} from {@code seed}, into {@code totals}. */
	void draw(long seed, int draw, double[] totals) {
		DrawStream random = new DrawStream(seed ^ (DrawStream.GAMMA * (draw + 1L)));
		double weightedMax = 0;
		for (int c = 0; c < model.contents; c++) {
			factors[c] = (model.weightLow[c] + random.nextDouble() * (model.weightHigh[c] - model.weightLow[c])) / 100;
			weightedMax += factors[c] * model.contentMax[c];
		}
		double scale = weightedMax > 0 ? model.counted / weightedMax : 1;
		for (int c = 0; c < model.contents; c++) { // bonus and penalty contents (no maximum) are not weighted
			factors[c] = model.contentMax[c] > 0 ? factors[c] * scale : 1;
		}
		nextSurvey = 0;
		for (int first = 0; first < model.units; first += TILE) {
			drawTile(first, Math.min(TILE, model.units - first), random, totals);
		}
	}

	/**
	 * The totals of the {@code size} units from {@code first}, continuing {@code random}: their lines in one run,
	 * broken only where a unit's survey is drawn (its random numbers come after that unit's lines).
	 */
	private void drawTile(int first, int size, DrawStream random, double[] totals) {
		for (int c = 0; c < model.contents; c++) {
			System.arraycopy(model.base, c * model.units + first, values, c * TILE, size);
		}
		System.arraycopy(model.survey, first, surveys, 0, size);
		int s = model.spanStart[first];
		while (nextSurvey < model.surveyDrawn.length && model.surveyDrawn[nextSurvey] < first + size) {
			int u = model.surveyDrawn[nextSurvey++];
			drawLines(s, model.spanStart[u + 1], random);
			s = model.spanStart[u + 1];
			surveys[u - first] = surveyDraw(u, random);
		}
		drawLines(s, model.spanStart[first + size], random);
		java.util.Arrays.fill(sums, 0, size, 0);
		for (int c = 0; c < model.contents; c++) {
			double factor = factors[c];
			for (int i = 0, cell = c * TILE; i < size; i++, cell++) {
				sums[i] += factor * values[cell];
			}
		}
		for (int i = 0; i < size; i++) {
			totals[first + i] = Double.isNaN(surveys[i]) ? sums[i] * 100 / model.appraisalMax : sums[i] + surveys[i];
		}
	}

	/** Draws the lines {@code from} to {@code to} into their cells, the stream's counter kept in a register. */
	private void drawLines(int from, int to, DrawStream random) {
		int[] slots = model.spanSlot;
		double[] offsets = model.offsets;
		double[] spans = model.spans;
		long counter = random.counter;
		for (int s = from; s < to; s++) {
			counter += DrawStream.GAMMA;
			values[slots[s]] += offsets[s] + (2 * DrawStream.toDouble(DrawStream.mix(counter)) - 1) * spans[s];
		}
		random.counter = counter;
	}

	/** A unit's survey points in this draw (see {@link UncertaintyModel} for the spread). */
	private double surveyDraw(int u, DrawStream random) {
		double deviation = model.surveyDeviation[u];
		if (deviation > 0) {
			return Math.clamp(model.survey[u] + deviation * random.nextGaussian(), 0, model.surveyMax);
		}
		if (deviation < 0) {
			double low = Math.max(0, model.survey[u] + deviation);
			double high = Math.min(model.surveyMax, model.survey[u] - deviation);
			return low + random.nextDouble() * (high - low);
		}
		return model.survey[u];
	}
}
