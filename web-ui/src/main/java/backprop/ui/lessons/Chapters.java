package backprop.ui.lessons;

/** The seven chapters in their order: one line each, so a chapter is added or replaced here alone. */
final class Chapters {
    static final int COUNT = 7;

    private Chapters() {
    }

    /** Fresh chapters (each keeps the learner's answers while it is open), chapter N at index N − 1. */
    static Chapter[] all() {
        return new Chapter[] {
            new NeuronChapter(),
            new LossChapter(),
            new BackwardChapter(),
            new UpdateChapter(),
            new EpochsChapter(),
            new FiveChapter(),
            new GradientCostChapter(),
        };
    }
}
