package org.vipcare.common;

import java.util.List;
import java.util.function.Function;

/** The one list envelope of the API: {@code {"items":[...],"page":0,"size":20,"total":1234}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
