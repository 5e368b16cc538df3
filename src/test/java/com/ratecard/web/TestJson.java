package com.ratecard.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

final class TestJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestJson() {}

    static JsonNode read(String text) throws java.io.IOException {
        return JSON.readTree(text);
    }
}
