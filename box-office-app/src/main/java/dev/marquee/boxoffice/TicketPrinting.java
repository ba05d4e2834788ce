package dev.marquee.boxoffice;

import dev.marquee.client.fx.BackgroundTasks;
import dev.marquee.client.fx.ErrorPresenter;
import dev.marquee.model.OrderId;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Puts an order's tickets on paper or on disk: the server renders the PDF; for the system printer its pages are drawn
 * as images (PDFBox) and printed with a JavaFX {@link PrinterJob}. What happened is told in {@link #statusProperty()}.
 */
public final class TicketPrinting {

    /** Enough for a QR code to scan reliably from paper. */
    private static final float PRINT_DPI = 200;

    private final BoxOfficeServer server;
    private final BackgroundTasks tasks;
    private final Consumer<Path> opener;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /**
     * @param opener shows a saved PDF to the seller, such as the desktop's PDF viewer
     */
    public TicketPrinting(BoxOfficeServer server, BackgroundTasks tasks, Consumer<Path> opener) {
        this.server = Objects.requireNonNull(server, "server");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /** Prints the order's tickets on the default printer. */
    public void print(OrderId order) {
        status.set("Printing…");
        tasks.run(() -> pages(server.ticketsPdf(order)), pages -> {
            PrinterJob job = PrinterJob.createPrinterJob();
            if (job == null) {
                status.set("No printer is set up on this computer. Save the tickets as PDF (Ctrl+S) and print them from there.");
                return;
            }
            boolean printed = pages.stream().allMatch(page -> printPage(job, page));
            status.set(printed && job.endJob() ? "Printed " + pages.size() + (pages.size() == 1 ? " ticket." : " tickets.")
                    : "The printer did not take the tickets. Check it, then press F8 again, or save the PDF (Ctrl+S).");
        }, failure -> status.set(ErrorPresenter.describe(failure).detail()));
    }

    /** Saves the order's tickets as a PDF file and opens it. */
    public void save(OrderId order, Path file) {
        status.set("Saving…");
        tasks.run(() -> {
            Files.write(file, server.ticketsPdf(order));
            return file;
        }, saved -> {
            status.set("Saved the tickets to " + saved + ".");
            opener.accept(saved);
        }, failure -> status.set(failure instanceof IOException
                ? "Could not write " + file + ". Choose another folder." : ErrorPresenter.describe(failure).detail()));
    }

    /**
     * Prints any node, such as the Z report, scaled to the page.
     *
     * @return whether it was printed
     */
    public boolean printNode(Node node) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            status.set("No printer is set up on this computer.");
            return false;
        }
        boolean printed = job.printPage(node) && job.endJob();
        status.set(printed ? "Printed." : "The printer did not take the page. Check it and try again.");
        return printed;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Draws each page of a PDF as an image. */
    static List<Image> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<Image> images = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                images.add(toFxImage(renderer.renderImageWithDPI(i, PRINT_DPI, ImageType.RGB)));
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException("The tickets PDF cannot be read", e);
        }
    }

    /** Copies the pixels over, so the app needs no Swing bridge. */
    static WritableImage toFxImage(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage result = new WritableImage(width, height);
        result.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return result;
    }

    private static boolean printPage(PrinterJob job, Image page) {
        PageLayout layout = job.getJobSettings().getPageLayout();
        ImageView view = new ImageView(page);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(layout.getPrintableWidth());
        view.setFitHeight(layout.getPrintableHeight());
        return job.printPage(layout, view);
    }
}
