package fazhi.ingest.extract;

import fazhi.ingest.ReportReadException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.SAXException;

/**
 * Word files (.docx, .doc, .wps) and PDFs through Tika: Tika writes the document as XHTML (a {@code <p>} per
 * paragraph, a {@code <div class="page">} per PDF page), and its blocks become lines. Running headers, footers
 * and page numbers are dropped (Word's are not read, a PDF's are found by {@link PdfFurniture}); a line the PDF layout broke mid-sentence is left for
 * the parser to join, as it joins text broken by page breaks.
 */
public final class OfficeDocuments {
    static {
        // PDFBox warns on stderr for every PDF whose fonts are not embedded ("Using fallback … for CID-keyed font"),
        // which government PDFs routinely are; text extraction does not need the glyphs, so only errors are shown.
        // A level set on the command line (-Dorg.slf4j.simpleLogger.log.org.apache.pdfbox=…) still wins.
        for (String logger : new String[] {"org.apache.pdfbox", "org.apache.fontbox"}) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "error");
            }
        }
    }

    private OfficeDocuments() {
    }

    /** The document's text as lines (joined with newlines), or the reason it cannot be read. */
    public static String text(byte[] bytes, DocumentType type) throws ReportReadException {
        Document xhtml = Jsoup.parse(xhtml(bytes, type));
        List<String> lines;
        if (type == DocumentType.PDF) {
            List<List<String>> pages = new ArrayList<>();
            for (Element page : xhtml.select("div.page")) {
                pages.add(BlockText.lines(page, true));
            }
            lines = PdfFurniture.remove(pages);
            if (lines.stream().allMatch(String::isBlank)) {
                throw new ReportReadException("a PDF without a text layer (a scanned image?): fazhi reads the text "
                        + "of a PDF, not its pictures; run OCR on it first");
            }
        } else {
            lines = BlockText.lines(xhtml.body(), true);
        }
        return String.join("\n", lines);
    }

    private static String xhtml(byte[] bytes, DocumentType type) throws ReportReadException {
        Parser parser = switch (type) {
            case PDF -> new PDFParser();
            case DOCX -> new OOXMLParser();
            default -> new OfficeParser();
        };
        ToXMLContentHandler handler = new ToXMLContentHandler();
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, new Metadata(), context());
            return handler.toString();
        } catch (EncryptedDocumentException e) {
            throw new ReportReadException(type.description() + " that is encrypted (password-protected): save an "
                    + "unprotected copy and index that");
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ReportReadException(type.description() + " with more text than a report holds");
            }
            throw new ReportReadException("cannot be read as " + type.description() + ": the file is damaged ("
                    + reason(e) + ")");
        }
    }

    /** A Word file's running header and footer repeat on every page: furniture, not report text. */
    private static ParseContext context() {
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeHeadersAndFooters(false);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }
}
