#pragma once

#include "dialects/Dialect.h"

#include <optional>

// WIZnet WizFi250 (Programmer's guide, wiki id wizfi250_programmersguide). Commands end in CR;
// the module answers in CRLF lines: finals [OK] / [ERROR...], events in brackets, received data as
// {<id>,<ip>,<port>,<len>}<len bytes>CRLF. See docs/dialects/wizfi250.md for every decision taken
// where the guide is silent or contradicts itself.
class Wizfi250Dialect : public Dialect
{
public:
    // The Wi-Fi mode decides what [Link-Up Event] / [Link-Down Event] and the IP lines mean.
    enum class WifiMode { Unknown, Station, SoftAp };

    QString id() const override;
    QString displayName() const override;
    QByteArray terminator() const override;

    QList<QByteArray> sessionSetup() const override;
    QList<QByteArray> identityQueries() const override;
    DetectionProbe detectionProbe() const override; // Wizfi250Detect.cpp

    CommandTraits traits(const QByteArray &command) const override;
    QList<AtCommandInfo> catalog() const override;
    DialectCapabilities capabilities() const override;
    std::unique_ptr<WifiCommands> wifiCommands() const override;
    std::unique_ptr<SocketCommands> socketCommands() const override;
    std::unique_ptr<MqttCommands> mqttCommands() const override; // none: the guide has no MQTT
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

    WifiMode wifiMode() const { return m_mode; }
    // Station unless AT+WSET/AT+WSEC (or a query reply) said soft AP: the factory profile is STA.
    bool inSoftApMode() const { return m_mode == WifiMode::SoftAp && !m_p2p; }

    // Largest receive length a header may announce before it is taken for garbage.
    static constexpr qint64 MaxReceiveLength = 65535;
    // Longest header (data or MQTT) the probe waits for.
    static constexpr int MaxHeaderLength = 512;

private:
    AtFrame classifyBracket(const QByteArray &line, const QByteArray &inner,
                            const InFlight &inFlight);
    AtFrame classifyResponse(const QByteArray &line, const QByteArray &trimmed,
                             const InFlight &inFlight);
    std::optional<AtFrame> classifyJoinDetail(const QByteArray &line, const QByteArray &trimmed);
    AtFrame linkEvent(const QByteArray &line, bool up);
    void commitOnOk(const InFlight &inFlight);

    WifiMode m_mode = WifiMode::Unknown;        // survives resets: AT+WSET/AT+WSEC save to flash
    WifiMode m_pendingMode = WifiMode::Unknown; // from the AT+WSET/AT+WSEC in flight
    bool m_p2p = false;                         // Wi-Fi Direct started (link-up = station side)
    QByteArray m_joinSsid;                      // from "Joining :" for the next link-up
};
