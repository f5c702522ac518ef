#include "Air602Dialect.h"

#include "dialects/AtText.h"

// The probe: which line starts open a prompt or a length-framed payload (see the contract in
// Dialect.h: NoMatch is final for a line start, NeedMore only while a match is still possible).

namespace {

// ---- probe helpers: each step answers No, More (the bytes ran out) or Yes (and advances pos).

enum class Scan { No, More, Yes };

Scan literal(QByteArrayView s, qsizetype &pos, QByteArrayView word)
{
    switch (AtText::matchPrefix(s.sliced(pos), word)) {
    case AtText::PrefixMatch::No:
        return Scan::No;
    case AtText::PrefixMatch::Partial:
        return Scan::More;
    case AtText::PrefixMatch::Full:
        break;
    }
    pos += word.size();
    return Scan::Yes;
}

void skipSpaces(QByteArrayView s, qsizetype &pos)
{
    while (pos < s.size() && s[pos] == ' ')
        ++pos;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// One to ten decimal digits.
Scan number(QByteArrayView s, qsizetype &pos, qint64 *value)
{
    const qsizetype start = pos;
    qint64 v = 0;
    while (pos < s.size() && isDigit(s[pos])) {
        if (pos - start >= 10)
            return Scan::No;
        v = v * 10 + (s[pos] - '0');
        ++pos;
    }
    if (pos >= s.size())
        return Scan::More;
    if (pos == start)
        return Scan::No;
    *value = v;
    return Scan::Yes;
}

// Optional spaces, then "\r*\n".
Scan lineEnd(QByteArrayView s, qsizetype &pos)
{
    skipSpaces(s, pos);
    while (pos < s.size() && s[pos] == '\r')
        ++pos;
    if (pos >= s.size())
        return Scan::More;
    if (s[pos] != '\n')
        return Scan::No;
    ++pos;
    return Scan::Yes;
}

// The end of a header line followed by the blank line every Air602 message ends with.
Scan lineEndAndBlank(QByteArrayView s, qsizetype &pos)
{
    const Scan first = lineEnd(s, pos);
    return first == Scan::Yes ? lineEnd(s, pos) : first;
}

struct Candidate
{
    Scan scan = Scan::No;
    qsizetype header = 0;
    qint64 payload = 0;
};

// "+OK=<n>" CR LF CR LF: the AT+SKSND prompt and the AT+SKRCV payload header (§2.2.3.11-12).
Candidate okCountHeader(QByteArrayView s)
{
    qsizetype pos = 0;
    qint64 n = 0;
    Scan r = literal(s, pos, "+OK=");
    if (r == Scan::Yes) {
        skipSpaces(s, pos);
        r = number(s, pos, &n);
    }
    if (r == Scan::Yes)
        r = lineEndAndBlank(s, pos);
    return {r, pos, n};
}

// "<prefix><fields>" CR LF CR LF where the fields are digits, dots, commas, spaces and quotes:
// "+SKTRPT=<socket>,<len>,<ip>,<port>" and "+HTTPCRPT=<session>,<len>" ([SDK] formats).
// The payload length is the second field.
Candidate countedReport(QByteArrayView s, QByteArrayView prefix)
{
    qsizetype pos = 0;
    Scan r = literal(s, pos, prefix);
    if (r != Scan::Yes)
        return {r};
    const qsizetype fieldsStart = pos;
    while (pos < s.size() && s[pos] != '\r' && s[pos] != '\n') {
        const char c = s[pos];
        if (!isDigit(c) && c != '.' && c != ',' && c != ' ' && c != '"')
            return {};
        ++pos;
    }
    const QByteArrayView fieldText = s.sliced(fieldsStart, pos - fieldsStart);
    r = lineEndAndBlank(s, pos);
    if (r != Scan::Yes)
        return {r};
    const QList<QByteArray> fields = AtText::splitParams(fieldText);
    const auto first = AtText::toInt(fields.value(0));
    const auto length = AtText::toInt(fields.value(1));
    if (fields.size() < 2 || !first || !length || *length < 0)
        return {};
    return {Scan::Yes, pos, *length};
}

// "+MQD:<len>," then <len> bytes (§2.2.4.7): the header ends at the comma.
Candidate mqttDataHeader(QByteArrayView s)
{
    qsizetype pos = 0;
    qint64 n = 0;
    Scan r = literal(s, pos, "+MQD:");
    if (r == Scan::Yes) {
        skipSpaces(s, pos);
        r = number(s, pos, &n);
    }
    if (r == Scan::Yes) {
        skipSpaces(s, pos);
        r = literal(s, pos, ",");
    }
    return {r, pos, n};
}

// The echo of the command in flight when it is not followed by a line end of its own: the
// module echoes what it got, and the host ends commands with CR only, so the echo may run
// straight into the reply ("AT+\r+OK\r\n\r\n").
Candidate unterminatedEcho(QByteArrayView s, const QByteArray &command)
{
    qsizetype pos = 0;
    Scan r = literal(s, pos, command);
    if (r != Scan::Yes)
        return {r};
    while (pos < s.size() && s[pos] == '\r')
        ++pos;
    if (pos >= s.size())
        return {Scan::More};
    if (s[pos] == '\n')
        return {}; // an ordinary line: the interpreter's echo removal takes it
    return {Scan::Yes, pos, 0};
}

} // namespace

FrameProbe Air602Dialect::probe(QByteArrayView s, const InFlight &inFlight) const
{
    Candidate candidates[5];
    int count = 0;
    bool prompt = false;
    const QByteArray name = inFlight.active() ? commandName(inFlight.command) : QByteArray();
    if (inFlight.active() && !inFlight.echoSeen)
        candidates[count++] = unterminatedEcho(s, inFlight.command);
    if (inFlight.awaitingPrompt() && name == "SKSND") {
        candidates[count++] = okCountHeader(s);
        prompt = true;
    } else if (name == "SKRCV") {
        candidates[count++] = okCountHeader(s);
    }
    candidates[count++] = countedReport(s, "+SKTRPT=");
    candidates[count++] = countedReport(s, "+HTTPCRPT=");
    candidates[count++] = mqttDataHeader(s);

    bool more = false;
    for (int i = 0; i < count; ++i) {
        const Candidate &c = candidates[i];
        if (c.scan == Scan::More)
            more = true;
        if (c.scan != Scan::Yes)
            continue;
        if (c.header > MaxHeaderLength || c.payload > MaxPayloadLength)
            return FrameProbe::noMatch(); // a garbled header must not swallow the stream
        // Only the "+OK=<n>" candidate of AT+SKSND is a prompt (the echo starts with "AT").
        const bool isPrompt = prompt && AtText::startsWithNoCase(s, "+OK=");
        return isPrompt ? FrameProbe::prompt(int(c.header))
                        : FrameProbe::payload(int(c.header), c.payload);
    }
    if (more && s.size() <= MaxHeaderLength)
        return FrameProbe::needMore();
    return FrameProbe::noMatch();
}

AtFrame Air602Dialect::classifyPrompt(const QByteArray &prompt, const InFlight &inFlight)
{
    // "+OK=<actualsize>": the module takes at most that many bytes and discards the rest
    // (§2.2.3.11), so the engine sends no more.
    AtFrame f = Dialect::classifyPrompt(prompt, inFlight);
    if (const auto size = AtText::after(f.text, "+OK="))
        if (const auto n = AtText::toInt(*size))
            f.fields.insert(AtFields::Length, int(*n));
    return f;
}
