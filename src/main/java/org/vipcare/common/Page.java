package org.vipcare.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one list envelope of the API: {@code {"items":[...],"page":0,"size":20,"total":1234}}. */
public record Page<T>(List<T> items, @Schema(examples = "0") int page, @Schema(examples = "20") int size,
        @Schema(examples = "1234", description = "How many items the filters select. The customer list counts them"
                + " exactly below 10,000; from 10,000 on it gives the database's estimate, never below 10,000.")
        long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
