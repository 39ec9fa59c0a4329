package news.timeline.web.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * Reads the editor API's bodies refusing fields it does not know, so that a misspelt field ("headlin") is
 * a 400 naming it rather than a value silently dropped. Quarkus's shared mapper ignores unknown fields,
 * which suits other readers, so this applies to the editor API alone.
 */
public class StrictReader implements BiFunction<ObjectMapper, Type, ObjectReader> {

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
