#pragma once

#include "dialects/Dialect.h"

// A small ESP-style dialect for testing the engine on its own: finals OK / ERROR / ERROR:<n> /
// SEND OK / SEND FAIL, `>` prompt, `+IPD,<id>,<len>:` payloads, `busy p...`, `ready`, `+EVT:<x>`
// events, `+ITEM:<x>` reply items. AT+SEND=<id>,<n> is a send command, AT+RST restarts, AT+SLOW
// times out after 300 ms, `ERROR:8` means busy.
class MiniDialect : public Dialect
{
public:
    QString id() const override { return QStringLiteral("mini"); }
    QString displayName() const override { return QStringLiteral("Mini"); }
    QByteArray terminator() const override { return "\r\n"; }
    QList<QByteArray> sessionSetup() const override { return {"ATE0"}; }
    QList<QByteArray> identityQueries() const override { return {"AT+GMR"}; }
    CommandTraits traits(const QByteArray &command) const override;
    FrameProbe probe(QByteArrayView lineStart, const InFlight &inFlight) const override;
    AtFrame classifyLine(const QByteArray &line, const InFlight &inFlight) override;
    QList<AtFrame> classifyPayload(const QByteArray &header, const QByteArray &payload,
                                   const InFlight &inFlight) override;
    bool isBusyFinal(const AtFrame &final) const override;
};
