package fazhi.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.wp.usermodel.HeaderFooterType;

/**
 * One invented report written the ways townships publish it — plain text, a government web page (UTF-8 and GBK),
 * a Word .docx and a PDF — generated here, never downloaded, so every format test reads the same body; and a .doc
 * converted from the .docx once (see {@link #doc()}).
 */
public final class FormatFixtures {
    public static final String TITLE = "横泾街道2023年法治政府建设工作报告";
    public static final String ISSUER = "横泾街道办事处";
    /** Headings as lines of their own, with the paragraphs between them; the first line is the title. */
    public static final List<String> BODY = List.of(
            TITLE,
            "2023年，横泾街道在区委、区政府的坚强领导下，深入贯彻习近平法治思想，全面推进依法行政，法治政府建设取得新成效。"
                    + "现将有关情况报告如下：",
            "一、2023年度推进法治政府建设的主要举措和成效",
            "（一）加强党对法治政府建设的领导。街道党工委把法治政府建设纳入年度重点工作，召开专题会议研究部署法治建设工作4次，"
                    + "主要负责人切实履行推进法治建设第一责任人职责。",
            "（二）推进严格规范公正文明执法。街道综合行政执法局全年立案查处违法行为58起，行政执法“三项制度”全面落实，"
                    + "重大执法决定法制审核率达到100%。",
            "（三）健全法律顾问制度。街道及各村（社区）全部聘请法律顾问，全年审查合同和规范性文件32件，提供法律咨询120余次。",
            "二、存在的不足和原因",
            "执法数字化水平不高，部分执法人员法律素养有待提升，基层法治宣传的针对性还不够强。",
            "三、2024年工作打算",
            "一是深化综合行政执法改革，推进执法数字化建设。二是加强法治宣传教育，落实“谁执法谁普法”责任制。"
                    + "三是强化法律顾问作用，提升依法决策水平。",
            ISSUER,
            "2024年1月15日");
    /** Lines that are headings in every format (the title aside). */
    public static final List<String> HEADINGS = List.of(BODY.get(2), BODY.get(6), BODY.get(8));

    private FormatFixtures() {
    }

    /** Writes the bytes as {@code name} in {@code dir} and reads the report from there. */
    public static Report read(java.nio.file.Path dir, String name, byte[] bytes) throws Exception {
        java.nio.file.Path file = dir.resolve(name);
        java.nio.file.Files.write(file, bytes);
        return ReportReader.read(file);
    }

    /** Every section's heading and text, one after the other, for "nothing of X is in it" checks. */
    public static String sectionText(Report r) {
        StringBuilder all = new StringBuilder();
        r.sections().forEach(s -> all.append(s.heading()).append('\n').append(s.text()).append('\n'));
        return all.toString();
    }

    public static byte[] txt() {
        return (String.join("\n", BODY) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The report as a government site serves it, metadata in a {@code <table>}. */
    public static byte[] html(Charset charset) {
        String meta = """
                <table class="xxgk_table">
                  <tr><td>索引号：</td><td>014152370/2024-00012</td><td>分类：</td><td>司法、公安</td></tr>
                  <tr><td>发布机构：</td><td>横泾街道办事处</td><td>发文日期：</td><td>2024-01-15</td></tr>
                  <tr><td>名称：</td><td colspan="3">横泾街道2023年法治政府建设工作报告</td></tr>
                  <tr><td>文号：</td><td></td><td>主题词：</td><td></td></tr>
                </table>""";
        return page(charset, meta);
    }

    /** The same page with its metadata in a {@code <ul>} of label and value spans. */
    public static byte[] htmlWithListMetadata() {
        String meta = """
                <ul class="fileinfo">
                  <li><span>索引号</span><span>014152370/2024-00012</span></li>
                  <li><span>发文字号</span><span>横政发〔2024〕2号</span></li>
                  <li><span>发布机构</span><span>横泾街道办事处</span></li>
                  <li><span>成文日期</span><span>2024-01-15</span></li>
                  <li><span>主题分类</span><span>司法、公安</span></li>
                </ul>""";
        return page(StandardCharsets.UTF_8, meta);
    }

    /** The same page with its metadata as a row of "[ label ] value". */
    public static byte[] htmlWithBracketMetadata() {
        String meta = "<div class=\"pageinfo\">[ 索引号 ] 014152370/2024-00012 [ 发文字号 ] 横政发〔2024〕2号 "
                + "[ 发布机构 ] 横泾街道办事处 [ 成文日期 ] 2024-01-15</div>";
        return page(StandardCharsets.UTF_8, meta);
    }

    /** Navigation words of the page: none may reach a section. */
    public static final List<String> NAVIGATION = List.of("走进吴中", "政务公开", "互动交流", "语音播报", "分享到",
            "版权所有", "苏ICP备", "无障碍", "var ");

    private static byte[] page(Charset charset, String metadata) {
        String declared = charset.name().equalsIgnoreCase("UTF-8") ? "utf-8" : "gb2312";
        StringBuilder body = new StringBuilder();
        body.append("<p style=\"text-indent:2em\">").append(BODY.get(1)).append("</p>\n");
        body.append("<p><strong>").append(BODY.get(2)).append("</strong></p>\n");
        body.append("<p>　　").append(BODY.get(3)).append("</p>\n");
        body.append("<p>　　").append(BODY.get(4).replace("“三项制度”", "<span>“三项制度”</span>")).append("</p>\n");
        body.append("<p>　　").append(BODY.get(5)).append("</p>\n");
        body.append("<h3>").append(BODY.get(6)).append("</h3>\n");
        body.append("<div>").append(BODY.get(7)).append("</div>\n");
        body.append("<p>　　<b>").append(BODY.get(8)).append("</b><br>\n").append(BODY.get(9)).append("</p>\n");
        body.append("<p style=\"text-align:right\">").append(ISSUER).append("</p>\n");
        body.append("<p style=\"text-align:right\">").append(BODY.get(11)).append("</p>\n");
        String html = """
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
                <html><head>
                <meta http-equiv="Content-Type" content="text/html; charset=%s">
                <title>%s_苏州市吴中区人民政府</title>
                <style>p { line-height: 2; } .nav li { float: left; }</style>
                <script>var tip = "<p>欢迎访问</p>";</script>
                </head><body>
                <div class="topbar"><a href="/">首页</a> | <a href="/wza">无障碍</a> | <a href="/zhd">长者模式</a>
                  <form action="/search"><input name="q" value="请输入关键字"><button>搜索</button></form></div>
                <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zjwz">走进吴中</a></li>
                  <li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
                <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 法治政府建设</div>
                <div class="main">
                %s
                <div class="article">
                  <h1 class="article-title">%s</h1>
                  <div class="article-info">发布日期：2024-01-16 来源：横泾街道</div>
                  <div class="article-tools"><span class="voice-btn">语音播报</span> 【字体：<a>大</a> <a>中</a> <a>小</a>】
                    <a class="print">打印本页</a> <a>关闭窗口</a></div>
                  <div class="article-content">
                %s  </div>
                  <div class="bdshare">分享到：<a>微信</a> <a>微博</a></div>
                </div>
                </div>
                <div class="footer"><p>主办单位：苏州市吴中区人民政府办公室　版权所有</p><p>苏ICP备05012345号</p></div>
                <script>document.write("<p>统计</p>");</script>
                </body></html>
                """.formatted(declared, TITLE, metadata, TITLE, body);
        return html.getBytes(charset);
    }

    /** The report as a Word file: a bold centred title, bold headings, a running footer with a page number. */
    public static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("- 1 -");
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("横泾街道办事处文件");
            for (int i = 0; i < BODY.size(); i++) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setText(BODY.get(i));
                if (i == 0) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                    run.setBold(true);
                } else if (HEADINGS.contains(BODY.get(i))) {
                    run.setBold(true);
                } else if (i >= BODY.size() - 2) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report as an old Word file (.doc, Word 97): {@link #docx()} converted once by LibreOffice, since neither
     * POI nor any other Java library writes .doc; how, and why it is committed, is in
     * {@code src/test/resources/formats/README.md}.
     */
    public static byte[] doc() {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/formats/report.doc"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report as a PDF with a text layer, laid out as a word processor prints it: lines wrapped mid-sentence at
     * {@code charsPerLine}, {@code linesPerPage} lines a page, a running header and a "- n -" page number.
     */
    public static byte[] pdf(int charsPerLine, int linesPerPage) {
        return pdf(layout(charsPerLine), linesPerPage, null);
    }

    /** A PDF of the report that opens only with a password. */
    public static byte[] encryptedPdf() {
        return pdf(layout(30), 40, "secret");
    }

    /** A PDF whose pages hold no text at all, as a scanner makes them (pictures only). */
    public static byte[] pdfWithoutText() {
        return pdf(List.of(), 40, null);
    }

    private static List<String> layout(int charsPerLine) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : BODY) {
            for (int at = 0; at < paragraph.length(); at += charsPerLine) {
                lines.add(paragraph.substring(at, Math.min(paragraph.length(), at + charsPerLine)));
            }
        }
        return lines;
    }

    /**
     * Text is written in a Chinese font of the system, embedded (a subset of the glyphs used), as a word processor
     * exports it: see {@link CjkFont}. A PDF without text needs no font.
     */
    private static byte[] pdf(List<String> lines, int linesPerPage, String password) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = lines.isEmpty() ? null : CjkFont.embed(doc);
            int pages = Math.max(1, (lines.size() + linesPerPage - 1) / linesPerPage);
            for (int n = 0; n < pages; n++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                if (lines.isEmpty()) {
                    continue;
                }
                List<String> onPage = lines.subList(n * linesPerPage, Math.min(lines.size(), (n + 1) * linesPerPage));
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    text(content, font, 60, 760, 9, List.of(ISSUER + "文件"));
                    text(content, font, 60, 720, 12, onPage);
                    text(content, font, 290, 40, 9, List.of("- " + (n + 1) + " -"));
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream content, PDFont font, int x, int y, int size, List<String> lines)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setLeading(size + 6);
        content.newLineAtOffset(x, y);
        for (String line : lines) {
            content.showText(line);
            content.newLine();
        }
        content.endText();
    }
}
