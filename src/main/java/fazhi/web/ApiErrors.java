package fazhi.web;

import fazhi.search.QuerySyntaxException;
import fazhi.search.SearchAbandonedException;
import fazhi.search.SearchBusyException;
import fazhi.search.UnknownValueException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: every error, whether ours, Javalin's (no route, wrong method) or
 * unexpected, is answered with {@link ErrorBody} JSON. A client's input never yields a 500 or a stack trace; an
 * unexpected failure is logged here and answered with a generic 500.
 */
final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    /** Request attribute set once an error body is written, so the status-code handlers do not write another. */
    private static final String ANSWERED = "fazhi.error.answered";

    private ApiErrors() {
    }

    static void install(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage()));
        config.routes.exception(QuerySyntaxException.class, (e, ctx) -> {
            UnknownValueException unknown = e instanceof UnknownValueException u ? u : null;
            write(ctx, 400, unknown == null
                    ? new ErrorBody("bad_query", e.getMessage(), e.messageZh(), null, null, null)
                    : new ErrorBody("unknown_value", e.getMessage(), e.messageZh(), unknown.suggestions(),
                            unknown.dimension(), unknown.value()));
        });
        config.routes.exception(SearchBusyException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            write(ctx, 503, "busy", e.getMessage());
        });
        // Nobody reads this answer (the client is gone); 499 is what the access log and metrics show for it
        config.routes.exception(SearchAbandonedException.class, (e, ctx) -> write(ctx, 499, "abandoned",
                e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(),
                code(e.getStatus()), message(e.getStatus(), ctx)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal_error", "the server failed to answer this request; it has been logged");
        });
        // A miss of the static file handler only sets 404; a 404 we answered ourselves keeps its own message
        config.routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                write(ctx, 404, code(404), message(404, ctx));
            }
        });
    }

    static void write(Context ctx, int status, String code, String message) {
        write(ctx, status, new ErrorBody(code, message));
    }

    private static void write(Context ctx, int status, ErrorBody body) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        WebJson.answer(ctx.status(status), body);
    }

    /**
     * The Chinese message for an error code, for the web page: the one table of them. Query errors carry their own,
     * more precise wording ({@link QuerySyntaxException#messageZh()}).
     */
    static String messageZh(String code) {
        return switch (code) {
            case "bad_query" -> "检索语句无法识别";
            case "unknown_value" -> "筛选条件的值在索引中不存在";
            case "bad_parameter", "bad_request" -> "请求参数有误，请检查页码、每页条数、排序和筛选条件";
            case "not_found" -> "没有找到所请求的内容";
            case "method_not_allowed" -> "不支持这种请求方式：本服务只提供查询";
            case "uri_too_long" -> "请求地址太长，请缩短检索语句或减少筛选条件";
            case "headers_too_large" -> "请求头太大";
            case "internal_error" -> "服务器出错，已记录，请稍后重试";
            case "busy" -> "服务器正忙于其他检索，请稍后重试";
            case "abandoned" -> "连接已断开，检索已停止";
            case "bad_encoding" -> "请求参数的编码有误（须为 UTF-8 百分号编码）";
            case "uploads_off" -> "本服务器未开放上传报告";
            case "unauthorized" -> "上传口令缺失或不正确";
            case "too_large" -> "文件太大，超出本服务器接受的上限";
            case "unsupported_type" -> "不支持这种文件类型：请上传网页、Word（.docx、.doc）、PDF 或文本文件";
            case "unreadable" -> "文件无法读取（可能已损坏、加密，或是没有文字层的扫描件）";
            default -> "请求被拒绝";
        };
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            default -> "http_" + status;
        };
    }

    private static String message(int status, Context ctx) {
        return switch (status) {
            case 404 -> "nothing at " + ctx.path() + " (the API is under /api, see /api/openapi.json)";
            case 405 -> ctx.method() + " is not allowed here; this API is read-only (GET)";
            default -> "request refused (HTTP " + status + ")";
        };
    }
}
