package app

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// The encodings a document's text can have been decoded from, as recorded
// in Document.Encoding.
const (
	EncUTF8    = "utf-8"
	EncUTF8BOM = "utf-8 with BOM"
	EncUTF8Fix = "utf-8 with invalid bytes replaced"
	EncUTF16LE = "utf-16le"
	EncUTF16BE = "utf-16be"
	Enc1252    = "windows-1252"
)

// sniffLen is how much of a file the binary and UTF-16 checks look at.
const sniffLen = 8 << 10

// decode turns a file's bytes into UTF-8 text. It tries, in order: a byte
// order mark, UTF-16 without one, valid UTF-8, the charset an HTML page
// declares (when isHTML), and Windows-1252, which also stands for Latin-1.
// A valid UTF-8 file without BOM comes back unchanged. It returns
// ErrBinary or ErrUndecodable when the bytes are not text.
func decode(data []byte, isHTML bool) (text, enc string, err error) {
	if text, enc, ok := decodeBOM(data); ok {
		return checked(text, enc)
	}
	if bytes.IndexByte(data[:min(len(data), sniffLen)], 0) >= 0 {
		if e, name, ok := sniffUTF16(data); ok {
			return decodeWith(e, name, data)
		}
		return "", "", ErrBinary
	}
	if looksBinary(data) {
		return "", "", ErrBinary
	}
	if utf8.Valid(data) {
		return string(data), EncUTF8, nil
	}
	if mostlyUTF8(data) {
		if text, enc, err := checked(strings.ToValidUTF8(string(data), "\uFFFD"), EncUTF8Fix); err == nil {
			return text, enc, nil
		}
	}
	if isHTML {
		if e, name := htmlCharset(data); e != nil {
			return decodeWith(e, name, data)
		}
	}
	return decodeWith(charmap.Windows1252, Enc1252, data)
}

// decodeBOM decodes data that starts with a UTF-8 or UTF-16 byte order mark.
func decodeBOM(data []byte) (text, enc string, ok bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return strings.ToValidUTF8(string(data[3:]), "\uFFFD"), EncUTF8BOM, true
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return utf16Text(unicode.LittleEndian, data[2:]), EncUTF16LE, true
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return utf16Text(unicode.BigEndian, data[2:]), EncUTF16BE, true
	}
	return "", "", false
}

// mostlyUTF8 reports whether data is UTF-8 with a few stray bytes: it has
// more well-formed multi-byte characters than bytes that are not UTF-8.
// Decoding such a file as Windows-1252 would garble every one of its
// curly quotes and accented letters.
func mostlyUTF8(data []byte) bool {
	good, bad := 0, 0
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case n > 1:
			good++
		}
		data = data[n:]
	}
	return good > bad
}

// utf16Text decodes UTF-16 without BOM; a lone surrogate or odd final byte
// becomes U+FFFD.
func utf16Text(order unicode.Endianness, data []byte) string {
	out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(data)
	if err != nil {
		return ""
	}
	return string(out)
}

// sniffUTF16 recognises UTF-16 without a BOM by its zero bytes: text that is
// mostly Latin script has a zero in every other byte, always on one side.
func sniffUTF16(data []byte) (encoding.Encoding, string, bool) {
	head := data[:min(len(data), sniffLen)]
	var zeros [2]int
	for i, b := range head {
		if b == 0 {
			zeros[i%2]++
		}
	}
	pairs := len(head) / 2
	if pairs < 2 {
		return nil, "", false
	}
	switch {
	case zeros[1]*10 >= pairs*4 && zeros[0]*20 <= pairs:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), EncUTF16LE, true
	case zeros[0]*10 >= pairs*4 && zeros[1]*20 <= pairs:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), EncUTF16BE, true
	}
	return nil, "", false
}

// looksBinary reports whether more than one byte in ten of the file's start
// is a control character that text does not use.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), sniffLen)]
	bad := 0
	for _, b := range head {
		if isBinaryByte(b) {
			bad++
		}
	}
	return bad*10 > len(head)
}

// isBinaryByte reports whether b is a C0 control other than the usual white
// space, or DEL.
func isBinaryByte(b byte) bool {
	switch b {
	case '\t', '\n', '\v', '\f', '\r', 0x1A: // 0x1A: the old DOS end-of-file mark
		return false
	}
	return b < 0x20 || b == 0x7F
}

// htmlCharset returns the encoding an HTML page declares in a <meta> tag,
// or nil when it declares none (DetermineEncoding then guesses
// windows-1252, which is the fallback anyway) or declares UTF-8 (which the
// page's bytes already failed to be).
func htmlCharset(data []byte) (encoding.Encoding, string) {
	e, name, _ := charset.DetermineEncoding(data, "text/html")
	if e == nil || name == "utf-8" || name == "windows-1252" {
		return nil, ""
	}
	return e, name
}

// decodeWith decodes data with e and checks that the result reads as text.
func decodeWith(e encoding.Encoding, name string, data []byte) (string, string, error) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", ErrUndecodable
	}
	return checked(string(out), name)
}

// checked rejects decoded text in which more than one character in a
// hundred is a replacement character or a control character: bytes the
// encoding had no meaning for (ErrUndecodable), or binary data that merely
// looked like UTF-16 (ErrBinary).
func checked(text, enc string) (string, string, error) {
	bad, n := 0, 0
	for _, r := range text {
		n++
		if r == utf8.RuneError || r == 0 || (r < 0x20 && !isSpaceControl(r)) || (r >= 0x7F && r < 0xA0) {
			bad++
		}
	}
	if bad*100 > n {
		if strings.IndexByte(text, 0) >= 0 || enc == EncUTF16LE || enc == EncUTF16BE {
			return "", "", ErrBinary // UTF-16 that is not text is binary data with zeros
		}
		return "", "", ErrUndecodable
	}
	return text, enc, nil
}

// isSpaceControl reports whether r is a control character that text uses
// for layout.
func isSpaceControl(r rune) bool {
	return r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
}
