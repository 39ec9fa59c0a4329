package news.timeline.web;

/**
 * The parts of the site that answer differently from the readers' pages, each the addresses under one path:
 * the JSON API answers its errors in JSON, the editor and its API are private, and only the editor keeps
 * cookies. An address belongs to an area as the security checks see it, path parameters ({@code ;x}) left out.
 */
public enum Area {
    API("/api"),
    EDITOR_API("/api/editor"),
    EDITOR("/editor");

    /** The area's own address, which the addresses under it start with. */
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
