package backprop.engine.export;

import backprop.engine.text.Identified;

/**
 * The languages a network can be exported to, each with the name of the file it is saved as and
 * that file's media type. The id is what {@code ?lang=} and the page's picker use.
 */
public enum ExportLanguage implements Identified {
    NUMPY("numpy", "NumPy", "network_numpy.py", "text/x-python") {
        @Override
        public String write(ExportedNetwork network) {
            return NumpyExport.write(network);
        }
    },
    PYTORCH("pytorch", "PyTorch", "network_pytorch.py", "text/x-python") {
        @Override
        public String write(ExportedNetwork network) {
            return PytorchExport.write(network);
        }
    },
    KERAS("keras", "Keras", "network_keras.py", "text/x-python") {
        @Override
        public String write(ExportedNetwork network) {
            return KerasExport.write(network);
        }
    },
    JAVA("java", "Java", JavaExport.CLASS_NAME + ".java", "text/x-java") {
        @Override
        public String write(ExportedNetwork network) {
            return JavaExport.write(network);
        }
    },
    JAVASCRIPT("javascript", "JavaScript", "network.js", "text/javascript") {
        @Override
        public String write(ExportedNetwork network) {
            return JavaScriptExport.write(network);
        }
    };

    private final String id;
    private final String label;
    private final String fileName;
    private final String mediaType;

    ExportLanguage(String id, String label, String fileName, String mediaType) {
        this.id = id;
        this.label = label;
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    @Override
    public String id() {
        return id;
    }

    /** The name a person knows the language or library by: "NumPy". */
    public String label() {
        return label;
    }

    /** The file the code is saved as: "network_numpy.py". */
    public String fileName() {
        return fileName;
    }

    /** The file's media type: "text/x-python". */
    public String mediaType() {
        return mediaType;
    }

    /** The program text for {@code network}. */
    public abstract String write(ExportedNetwork network);

    /** The language whose {@link #id()} is {@code id}, or {@code null} when there is none. */
    public static ExportLanguage fromId(String id) {
        return Identified.byId(values(), id);
    }

    /** The ids, comma-separated, for a message saying what is accepted. */
    public static String ids() {
        StringBuilder s = new StringBuilder();
        for (ExportLanguage l : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(l.id);
        }
        return s.toString();
    }
}
