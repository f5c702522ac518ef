#pragma once

#include "dialects/Dialect.h"

// WIZnet WizFi310 (AT command set of 2020-04-15, specs/manuals/wizfi310-at-commands.md).
// Commands end in CR only; the module answers in CRLF lines; results are [OK] / [ERROR...];
// events are bracketed lines; received socket data comes as {id,ip,port,len}<len bytes>\r\n.
// Decisions on the manual's gaps: docs/dialects/wizfi310.md.
class Wizfi310Dialect : public Dialect
{
public:
    enum class WifiMode { Station, SoftAp };

    QString id() const override;
    QString displayName() const override;
    QByteArray terminator() const override;

    QList<QByteArray> sessionSetup() const override;
    QList<QByteArray> identityQueries() const override;
    DetectionProbe detectionProbe() const override; // Wizfi310Detect.cpp

    CommandTraits traits(const QByteArray &command) const override;
    QList<AtCommandInfo> catalog() const override;
    DialectCapabilities capabilities() const override;
    std::unique_ptr<WifiCommands> wifiCommands() const override;
    std::unique_ptr<SocketCommands> socketCommands() const override;
    std::unique_ptr<MqttCommands> mqttCommands() const override;
    std::unique_ptr<GpioCommands> gpioCommands() const override;
    QList<StatusQuery> statusQueries() const override;
    void readStatus(const QByteArray &command, const QList<AtFrame> &responses,
                    const AtFrame &final, StatusReport &report) const override;
    void commandSent(const QByteArray &command) override;

    FrameProbe probe(QByteArrayView lineStart, const InFlight &inFlight) const override;
    AtFrame classifyLine(const QByteArray &line, const InFlight &inFlight) override;
    QList<AtFrame> classifyPayload(const QByteArray &header, const QByteArray &payload,
                                   const InFlight &inFlight) override;

    void moduleReset() override;

    // The Wi-Fi mode that decides what [Link-Up Event] / [Link-Down Event] mean.
    WifiMode wifiMode() const { return m_mode; }

    // Readable text for the text after "ERROR" in a final ("" for a bare [ERROR]).
    static QString errorMessage(const QByteArray &code);

private:
    AtFrame classifyFinal(const QByteArray &line, const QByteArray &trimmed,
                          const InFlight &inFlight);
    AtFrame classifyBracketEvent(const QByteArray &line, QByteArrayView inner);
    AtFrame classifyAddressLine(const QByteArray &line, const QByteArray &trimmed);
    AtFrame classifyResponse(const QByteArray &line, const QByteArray &trimmed,
                             const InFlight &inFlight);

    // Station unless a WSET/WSET2/WSEC (or its =? answer) said otherwise: see the notes.
    WifiMode m_mode = WifiMode::Station;
    int m_pendingMode = -1; // mode of the WSET/WSET2/WSEC in flight, taken on its [OK]
    QByteArray m_lastIp;    // from the "IP Addr :" line after [Link-Up Event]
};
