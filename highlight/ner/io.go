package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// The weight file: magic, version, bucket bits, tag count, scale (float32,
// little endian), the number of non-zero rows, then each row as the uvarint
// gap from the previous row's bucket and NumTags zig-zag varint weights.
const (
	magic   = "SLNR"
	version = 3 // 3: beam-trained, with run, title and transition features
)

// ErrFormat is returned for a weight file Slant cannot read.
var ErrFormat = errors.New("ner: not a weight file of this version")

// WriteTo writes the model in the compact weight format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: bufio.NewWriter(w)}
	cw.write([]byte(magic))
	cw.write([]byte{version, m.bits, byte(NumTags)})
	cw.write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(m.scale)))
	rows := m.rows()
	cw.write(binary.AppendUvarint(nil, uint64(len(rows))))
	prev, buf := 0, make([]byte, 0, 64)
	for _, r := range rows {
		buf = binary.AppendUvarint(buf[:0], uint64(r-prev))
		for _, x := range m.row(r) {
			buf = binary.AppendVarint(buf, int64(x))
		}
		cw.write(buf)
		prev = r
	}
	if cw.err == nil {
		cw.err = cw.w.(*bufio.Writer).Flush()
	}
	return cw.n, cw.err
}

// rows lists the buckets with a non-zero weight.
func (m *Model) rows() []int {
	var rows []int
	for r := range m.numRows() {
		if !m.zeroRow(r) {
			rows = append(rows, r)
		}
	}
	return rows
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) write(p []byte) {
	if c.err != nil {
		return
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
}

// ReadModel decodes a model written by WriteTo.
func ReadModel(data []byte) (*Model, error) {
	if len(data) < 12 || string(data[:4]) != magic || data[4] != version || data[6] != byte(NumTags) {
		return nil, ErrFormat
	}
	bits := data[5]
	if bits < 8 || bits > 26 {
		return nil, fmt.Errorf("%w: %d bucket bits", ErrFormat, bits)
	}
	m := newModel(bits, math.Float32frombits(binary.LittleEndian.Uint32(data[7:11])))
	if err := m.readRows(data[11:]); err != nil {
		return nil, err
	}
	return m, nil
}

// readRows decodes the row section of a weight file into m.
func (m *Model) readRows(p []byte) error {
	n, k := binary.Uvarint(p)
	if k <= 0 {
		return ErrFormat
	}
	p = p[k:]
	row, nrows := 0, m.numRows()
	for range n {
		gap, k := binary.Uvarint(p)
		if k <= 0 || gap > uint64(nrows) {
			return ErrFormat
		}
		p, row = p[k:], row+int(gap)
		if row >= nrows {
			return ErrFormat
		}
		var dst [NumTags]int8
		for j := range dst {
			x, k := binary.Varint(p)
			if k <= 0 || x < math.MinInt8 || x > math.MaxInt8 {
				return ErrFormat
			}
			dst[j], p = int8(x), p[k:]
		}
		m.setRow(row, dst)
	}
	if len(p) != 0 {
		return ErrFormat
	}
	return nil
}
