#include "MiniDialect.h"

#include "dialects/AtText.h"

CommandTraits MiniDialect::traits(const QByteArray &command) const
{
    CommandTraits t;
    t.timeoutMs = 2000;
    if (command.startsWith("AT+SEND=")) {
        const QList<QByteArray> p = AtText::splitParams(command.mid(8));
        t.expectsPrompt = true;
        t.socket = int(AtText::toInt(p.value(0)).value_or(-1));
        t.payloadLength = AtText::toInt(p.value(1)).value_or(0);
    } else if (command == "AT+RST") {
        t.endsOnReset = true;
    } else if (command.startsWith("AT+RCV=")) {
        t.socket = int(AtText::toInt(command.mid(7)).value_or(-1));
    } else if (command == "AT+SLOW") {
        t.timeoutMs = 300;
    }
    return t;
}

FrameProbe MiniDialect::probe(QByteArrayView s, const InFlight &inFlight) const
{
    if (inFlight.awaitingPrompt() && s.startsWith('>'))
        return FrameProbe::prompt(s.size() >= 2 && s[1] == ' ' ? 2 : 1);
    if (inFlight.is("AT+RCV")) {
        // "+RCV=<n>:" then n bytes: the read's final, then its data (like Air602 AT+SKRCV).
        switch (AtText::matchPrefix(s, "+RCV=")) {
        case AtText::PrefixMatch::No: break;
        case AtText::PrefixMatch::Partial: return FrameProbe::needMore();
        case AtText::PrefixMatch::Full: {
            const qsizetype colon = s.indexOf(':');
            if (colon < 0)
                return s.size() > 16 ? FrameProbe::noMatch() : FrameProbe::needMore();
            return FrameProbe::payload(int(colon + 1), AtText::toInt(s.sliced(5, colon - 5)).value_or(0));
        }
        }
    }
    switch (AtText::matchPrefix(s, "+IPD,")) {
    case AtText::PrefixMatch::No:
        return FrameProbe::noMatch();
    case AtText::PrefixMatch::Partial:
        return FrameProbe::needMore();
    case AtText::PrefixMatch::Full:
        break;
    }
    for (qsizetype i = 5; i < s.size(); ++i) {
        if (s[i] == ':') {
            const QList<QByteArray> p = AtText::splitParams(s.sliced(5, i - 5));
            const auto len = AtText::toInt(p.value(1));
            if (p.size() != 2 || !len)
                return FrameProbe::noMatch();
            return FrameProbe::payload(int(i + 1), *len);
        }
        if (s[i] == '\r' || s[i] == '\n' || i > 64)
            return FrameProbe::noMatch();
    }
    return FrameProbe::needMore();
}

AtFrame MiniDialect::classifyLine(const QByteArray &line, const InFlight &inFlight)
{
    if (line.isEmpty())
        return AtFrame::line(line, AtFrame::Kind::Ignore);
    if (line == "OK" || line == "SEND OK")
        return AtFrame::okFinal(line);
    if (line == "ERROR" || line == "SEND FAIL")
        return AtFrame::errorFinal(line, {}, QStringLiteral("failed"));
    if (const auto code = AtText::after(line, "ERROR:"))
        return AtFrame::errorFinal(line, AtText::toInt(*code).value_or(-1),
                                   QStringLiteral("error %1").arg(QString::fromUtf8(*code)));
    if (line.startsWith("busy "))
        return AtFrame::urc(line, AtEvents::ModuleBusy);
    if (line == "ready")
        return AtFrame::urc(line, AtEvents::ModuleReady);
    if (const auto x = AtText::after(line, "+EVT:"))
        return AtFrame::urc(line, QStringLiteral("test.event"), {{QStringLiteral("value"), *x}});
    if (line.startsWith("+ITEM:") && inFlight.active()) {
        AtFrame f = AtFrame::line(line, AtFrame::Kind::Response);
        f.event = QString::fromLatin1(AtEvents::ScanResult);
        f.fields.insert(AtFields::Ssid, QString::fromUtf8(line.mid(6)));
        return f;
    }
    return AtFrame::line(line, inFlight.active() ? AtFrame::Kind::Response : AtFrame::Kind::Line);
}

QList<AtFrame> MiniDialect::classifyPayload(const QByteArray &header, const QByteArray &payload,
                                            const InFlight &inFlight)
{
    if (header.startsWith("+RCV=")) {
        AtFrame data = AtFrame::line({}, AtFrame::Kind::Data);
        data.fields.insert(AtFields::Socket, inFlight.traits.socket);
        data.payload = payload;
        return {AtFrame::okFinal(header.chopped(1)), data};
    }
    AtFrame f = AtFrame::line(header, AtFrame::Kind::Data);
    const QList<QByteArray> p = AtText::splitParams(header.mid(5, header.size() - 6));
    f.fields.insert(AtFields::Socket, int(AtText::toInt(p.value(0)).value_or(-1)));
    f.fields.insert(AtFields::Length, int(payload.size()));
    f.payload = payload;
    return {f};
}

bool MiniDialect::isBusyFinal(const AtFrame &final) const
{
    return final.code.isValid() && final.code.toInt() == 8;
}
