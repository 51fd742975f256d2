package textjson

// MaxNumber is the longest number an input may hold, as a JSON number or as a string that reads
// as one ("12.50", "1e3"): far more than any amount, count or score the library takes, far less
// than what makes a decimal parser or an error message costly.
const MaxNumber = 256

// LongNumber scans a JSON document for a number longer than MaxNumber bytes, either a number
// token or a string whose content is made only of the characters of a number (digits, sign,
// point, exponent). It returns the key of the object member that holds it ("" at the top level
// or inside an array of numbers) and true when it finds one. The scan is one pass over data, and
// it does not validate the document: what is not JSON is left for the decoder to refuse.
func LongNumber(data []byte) (key string, found bool) {
	var lastKey []byte
	for i := 0; i < len(data); {
		switch c := data[i]; {
		case c == '"':
			j, numeric := i+1, true
			for j < len(data) && data[j] != '"' {
				if data[j] == '\\' {
					numeric = false
					j += 2
					continue
				}
				numeric = numeric && isNumberByte(data[j])
				j++
			}
			s := data[i+1 : min(j, len(data))]
			if numeric && len(s) > MaxNumber {
				return string(short(lastKey)), true
			}
			i = j + 1
			// A string followed by ':' is a key.
			k := i
			for k < len(data) && (data[k] == ' ' || data[k] == '\t' || data[k] == '\n' || data[k] == '\r') {
				k++
			}
			if k < len(data) && data[k] == ':' {
				lastKey = s
			}
		case c == '-' || c >= '0' && c <= '9':
			j := i
			for j < len(data) && isNumberByte(data[j]) {
				j++
			}
			if j-i > MaxNumber {
				return string(short(lastKey)), true
			}
			i = j
		default:
			i++
		}
	}
	return "", false
}

func isNumberByte(c byte) bool {
	return c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'
}
