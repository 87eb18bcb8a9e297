package org.naba.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;

/**
 * Bot API requests as JSON, so that a replica that answers an update can leave its replies in the
 * shared table for the one replica that sends. Only the requests replies are made of are known; the
 * JSON is what the Bot API itself takes.
 */
final class MethodCodec {

  private static final Map<String, Class<? extends BotApiMethod<? extends Serializable>>> KNOWN =
      Map.of(
          SendMessage.PATH, SendMessage.class,
          EditMessageText.PATH, EditMessageText.class,
          AnswerCallbackQuery.PATH, AnswerCallbackQuery.class,
          AnswerInlineQuery.PATH, AnswerInlineQuery.class);

  private final ObjectMapper json =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * The request as JSON.
   *
   * @throws IllegalArgumentException for a request replies are not made of
   */
  String encode(BotApiMethod<? extends Serializable> method) {
    if (!KNOWN.containsKey(method.getMethod())) {
      throw new IllegalArgumentException("cannot share a " + method.getMethod() + " request");
    }
    try {
      return json.writeValueAsString(method);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write a " + method.getMethod() + " request", e);
    }
  }

  /**
   * The request {@code body} holds.
   *
   * @throws IllegalArgumentException for an unknown method or a body that is not one
   */
  BotApiMethod<? extends Serializable> decode(String method, String body) {
    Class<? extends BotApiMethod<? extends Serializable>> type = KNOWN.get(method);
    if (type == null) {
      throw new IllegalArgumentException("unknown shared request " + method);
    }
    try {
      if (type == AnswerInlineQuery.class) {
        return inline(body);
      }
      return json.readValue(body, type);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("cannot read a shared " + method + " request", e);
    }
  }

  /**
   * An inline answer: the library reads its results back as nulls (its result deserializer does not
   * know articles), so the article cards, the only kind replies make, are built from their fields.
   */
  private AnswerInlineQuery inline(String body) throws JsonProcessingException {
    ObjectNode tree = (ObjectNode) json.readTree(body);
    JsonNode results = tree.remove("results");
    List<InlineQueryResult> cards = new ArrayList<>();
    if (results != null) {
      for (JsonNode r : results) {
        if (!"article".equals(r.path("type").asText())) {
          throw new IllegalArgumentException("an inline result of type " + r.path("type"));
        }
        cards.add(
            InlineQueryResultArticle.builder()
                .id(r.path("id").asText())
                .title(r.path("title").asText())
                .description(r.hasNonNull("description") ? r.get("description").asText() : null)
                .inputMessageContent(
                    json.treeToValue(r.get("input_message_content"), InputTextMessageContent.class))
                .build());
      }
    }
    AnswerInlineQuery answer = json.treeToValue(tree, AnswerInlineQuery.class);
    answer.setResults(cards);
    return answer;
  }
}
