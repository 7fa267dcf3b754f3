package org.magnolianews.host.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestDecodingTest {

    @ParameterizedTest
    @ValueSource(strings = {"x=%ff", "x=%zz", "x=%", "x=%c0%af", "%ff=1", "x=%e0%a4", "a=1&b=%e2%82", "x=%ed%a0%80", "x=%f8%88%80%80%80"})
    void aQueryStringThatIsNotUtf8PercentEncodingIsAProblem(String query) {
        assertTrue(RequestDecoding.queryProblem(query).isPresent(), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x=1", "q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD", "a=%20b+c&d", "orderBy=date%20desc", "=", "&&", "x=%25ff"})
    void aWellFormedQueryStringIsNot(String query) {
        assertTrue(RequestDecoding.queryProblem(query).isEmpty(), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded; charset=no-such", "text/plain;charset=\"x y\"", "application/json; charset=%ff"})
    void aContentTypeNamingAnUnknownCharsetIsAProblem(String contentType) {
        assertTrue(RequestDecoding.charsetProblem(contentType).isPresent(), contentType);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "text/plain; charset=\"ISO-8859-1\"", "multipart/form-data; boundary=x"})
    void aKnownOrMissingCharsetIsNot(String contentType) {
        assertTrue(RequestDecoding.charsetProblem(contentType).isEmpty(), contentType);
    }
}
