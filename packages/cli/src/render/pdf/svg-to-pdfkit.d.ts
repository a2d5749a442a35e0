// svg-to-pdfkit ships no typings: the one function it exports, as used here.
declare module 'svg-to-pdfkit' {
    interface SvgToPdfOptions {
        width?: number;
        height?: number;
        assumePt?: boolean;
        preserveAspectRatio?: string;
        fontCallback?: (
            family: string,
            bold: boolean,
            italic: boolean,
            fontOptions: { fauxBold?: boolean; fauxItalic?: boolean }
        ) => string;
        imageCallback?: (link: string) => string;
        warningCallback?: (message: string) => void;
    }
    export default function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: SvgToPdfOptions): void;
}
