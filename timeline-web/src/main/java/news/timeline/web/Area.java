package news.timeline.web;

/**
 * The parts of the site that answer unlike the readers' pages (errors in JSON, private, with cookies), each
 * the addresses under one path, told apart as the security checks do: path parameters ({@code ;x}) left out.
 */
public enum Area {
    API("/api"),
    EDITOR_API("/api/editor"),
    EDITOR("/editor");

    public final String path;

    Area(String path) {
        this.path = path;
    }

    /** True for the area's own address and those under it: {@code /api} and {@code /api/x}, not {@code /apis}. */
    public boolean holds(String address) {
        String plain = address == null ? "" : address.indexOf(';') < 0 ? address : address.replaceAll(";[^/]*", "");
        return plain.equals(path) || plain.startsWith(path + "/");
    }
}
