package com.ratecard.delivery.batch;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.ratecard.pricing.Money;
import com.ratecard.render.brand.Brand;
import com.ratecard.render.brand.BrandColor;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client's rate card as a PDF a client can keep: the brand's logo, name and colours, a table of
 * role x level x location with the minimum, target and maximum bill rates and the base salary
 * range, and the brand's contact and legal lines. Fonts are embedded (the brand's own TTF files,
 * or Liberation from the classpath). Long cards continue on further pages with the header repeated.
 */
public final class RateCardPdf {
    private static final Map<String, byte[]> FONT_BYTES = new ConcurrentHashMap<>();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final Brand brand;
    private final LocalDate issued;
    private BaseFont regular;
    private BaseFont bold;
    private Image logo;
    private boolean logoTried;

    /**
     * A writer for one run's rate cards: the brand's fonts and logo are parsed once and shared by
     * the cards, which are written one after the other (an instance is not for concurrent use).
     */
    public RateCardPdf(Brand brand, LocalDate issued) {
        this.brand = brand;
        this.issued = issued;
    }

    public static void write(RateCard card, Brand brand, LocalDate issued, OutputStream out) throws IOException {
        new RateCardPdf(brand, issued).write(card, out);
    }

    public synchronized void write(RateCard card, OutputStream out) throws IOException {
        if (regular == null) {
            regular = font(brand, false);
            bold = font(brand, true);
        }
        Color primary = color(brand.primary());
        Color text = color(brand.text());
        Color muted = color(brand.muted());
        Document document = new Document(PageSize.LETTER, 40, 40, 40, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle("Rate card: " + card.client());
            document.addAuthor(brand.name());
            document.addSubject("Bill rates and base salary ranges for " + card.client());
            document.addCreator("ratecard");
            document.open();

            PdfPTable head = new PdfPTable(new float[] {1, 2});
            head.setWidthPercentage(100);
            PdfPCell mark = new PdfPCell();
            mark.setBorder(Rectangle.NO_BORDER);
            Image image = logo();
            if (image != null) mark.addElement(image);
            else mark.setPhrase(new Phrase(brand.name(), new Font(bold, 12, Font.NORMAL, primary)));
            head.addCell(mark);
            PdfPCell who = new PdfPCell(new Phrase(brand.name() + "\n" + DATE.format(issued), new Font(regular, 9, Font.NORMAL, muted)));
            who.setBorder(Rectangle.NO_BORDER);
            who.setHorizontalAlignment(Element.ALIGN_RIGHT);
            head.addCell(who);
            document.add(head);

            Paragraph title = new Paragraph("Rate card: " + card.client(), new Font(bold, 18, Font.NORMAL, primary));
            title.setSpacingBefore(14);
            document.add(title);
            Paragraph intro = new Paragraph("Hourly bill rates and recommended annual base salaries for the " + card.openings()
                    + (card.openings() == 1 ? " opening" : " openings") + " we priced for you, by role, level and location.",
                    new Font(regular, 10, Font.NORMAL, text));
            intro.setSpacingAfter(10);
            document.add(intro);

            PdfPTable table = new PdfPTable(new float[] {2.1f, 1.2f, 2.3f, 1.25f, 1.1f, 1.1f, 1.1f, 2.2f});
            table.setWidthPercentage(100);
            table.setHeaderRows(2);
            Font headFont = new Font(bold, 8.5f, Font.NORMAL, Color.WHITE);
            String[] spans = {"Role", "Level", "Location", "Openings"};
            for (String label : spans) {
                PdfPCell cell = headCell(label, headFont, primary);
                cell.setRowspan(2);
                table.addCell(cell);
            }
            PdfPCell billHead = headCell("Bill rate (per hour)", headFont, primary);
            billHead.setColspan(3);
            billHead.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(billHead);
            PdfPCell baseHead = headCell("Base salary (annual)", headFont, primary);
            baseHead.setRowspan(2);
            table.addCell(baseHead);
            for (String label : new String[] {"Minimum", "Target", "Maximum"}) {
                PdfPCell cell = headCell(label, headFont, primary);
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(cell);
            }
            Font body = new Font(regular, 8.5f, Font.NORMAL, text);
            Font strong = new Font(bold, 8.5f, Font.NORMAL, text);
            Color stripe = new Color(0xF3, 0xF5, 0xF8);
            int i = 0;
            for (RateCard.Line line : card.lines()) {
                Color fill = i++ % 2 == 1 ? stripe : Color.WHITE;
                table.addCell(cell(line.role(), body, fill, Element.ALIGN_LEFT));
                table.addCell(cell(line.level(), body, fill, Element.ALIGN_LEFT));
                table.addCell(cell(line.location(), body, fill, Element.ALIGN_LEFT));
                table.addCell(cell(Integer.toString(line.openings()), body, fill, Element.ALIGN_RIGHT));
                table.addCell(cell(hourly(line.billMin()), body, fill, Element.ALIGN_RIGHT));
                table.addCell(cell(hourly(line.billTarget()), strong, fill, Element.ALIGN_RIGHT));
                table.addCell(cell(hourly(line.billMax()), body, fill, Element.ALIGN_RIGHT));
                table.addCell(cell(annual(line.baseLow()) + " - " + annual(line.baseHigh()), body, fill, Element.ALIGN_RIGHT));
            }
            document.add(table);

            Font small = new Font(regular, 7.5f, Font.NORMAL, muted);
            Paragraph note = new Paragraph("Minimum and maximum are the lowest and highest bill rates quoted for the role, level "
                    + "and location; target is their midpoint. Base salary is the recommended annual base range. Issued "
                    + DATE.format(issued) + ".", small);
            note.setSpacingBefore(8);
            document.add(note);
            Paragraph footer = new Paragraph(new Chunk(String.join("\n", brand.contact()), small));
            footer.setSpacingBefore(14);
            document.add(footer);
            if (!brand.legal().isBlank()) document.add(new Paragraph(brand.legal(), small));
        } catch (DocumentException e) {
            throw new IOException("rate card PDF for " + card.client() + ": " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) document.close();
        }
    }

    /** The brand's logo scaled for the header, or null (the brand name is shown instead) if it cannot be read. */
    private Image logo() {
        if (!logoTried) {
            logoTried = true;
            try {
                logo = Image.getInstance(brand.logo().toAbsolutePath().toString());
                logo.scaleToFit(140, 40);
            } catch (IOException | RuntimeException e) {
                logo = null;
            }
        }
        return logo;
    }

    private static PdfPCell headCell(String label, Font font, Color fill) {
        PdfPCell cell = new PdfPCell(new Phrase(label, font));
        cell.setBackgroundColor(fill);
        cell.setBorderColor(fill);
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, Color fill, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBackgroundColor(fill);
        cell.setBorderColor(new Color(0xDD, 0xE1, 0xE6));
        cell.setPadding(4);
        cell.setHorizontalAlignment(align);
        return cell;
    }

    static String hourly(double amount) {
        return Money.hourly(amount);
    }

    static String annual(long amount) {
        return Money.dollars(amount);
    }

    private static Color color(BrandColor color) {
        return new Color(color.red(), color.green(), color.blue());
    }

    /** The brand's own TTF, or the bundled Liberation face for its family; embedded, Unicode. */
    private static BaseFont font(Brand brand, boolean bold) throws IOException {
        Path own = bold ? brand.font().bold() : brand.font().regular();
        String name;
        byte[] bytes;
        if (own != null) {
            name = own.toAbsolutePath().toString();
            bytes = Files.readAllBytes(own);
        } else {
            String family = brand.font().family().equals("Liberation Serif") ? "LiberationSerif" : "LiberationSans";
            name = "/liberation/" + family + (bold ? "-Bold" : "-Regular") + ".ttf";
            bytes = FONT_BYTES.computeIfAbsent(name, RateCardPdf::resource);
        }
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (DocumentException e) {
            throw new IOException("font " + name + ": " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = RateCardPdf.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("font " + name + " is not on the classpath (openpdf-fonts-extra)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
