#pragma once

#include "dialects/Dialect.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

// Luat Air602 (WinnerMicro W600) AT+ command set, after "Air602 AT Command User Manual" V1.1
// (English, 2018-10-24). Framing in short (docs/dialects/air602.md has the details):
// - the host ends commands with CR; every reply is "+OK[=...]" or "+ERR=<code>" followed by
//   CR LF CR LF (one blank line);
// - AT+WSCAN and AT+SKSTT answer with several records: "+OK=<first>", further records, then the
//   blank line. The records are responses and the blank line is the final;
// - AT+SKSND answers "+OK=<n>" + blank line and then takes the raw bytes (our send prompt); no
// reply
//   follows the data;
// - AT+SKRCV answers "+OK=<n>" + blank line + <n> raw bytes;
// - active reports "+SKTRPT=<s>,<len>,<ip>,<port>" + blank line + <len> raw bytes, MQTT messages
//   "+MTOPIC:<n>,<topic>" then "+MQD:<len>,<len bytes>".
class Air602Dialect : public Dialect
{
public:
    QString id() const override;
    QString displayName() const override;
    QByteArray terminator() const override;

    QList<QByteArray> sessionSetup() const override;
    QList<QByteArray> identityQueries() const override;
    DetectionProbe detectionProbe() const override; // Air602Detect.cpp

    CommandTraits traits(const QByteArray &command) const override;
    QList<AtCommandInfo> catalog() const override;
    DialectCapabilities capabilities() const override;
    std::unique_ptr<WifiCommands> wifiCommands() const override;
    std::unique_ptr<SocketCommands> socketCommands() const override;
    std::unique_ptr<MqttCommands> mqttCommands() const override;
    // GPIO: none (the manual has no GPIO or ADC command): the default nullptr.
    QList<StatusQuery> statusQueries() const override;
    void readStatus(const QByteArray &command, const QList<AtFrame> &responses,
                    const AtFrame &final, StatusReport &report) const override;
    void commandSent(const QByteArray &command) override;

    FrameProbe probe(QByteArrayView lineStart, const InFlight &inFlight) const override;
    AtFrame classifyPrompt(const QByteArray &prompt, const InFlight &inFlight) override;
    AtFrame classifyLine(const QByteArray &line, const InFlight &inFlight) override;
    QList<AtFrame> classifyPayload(const QByteArray &header, const QByteArray &payload,
                                   const InFlight &inFlight) override;

    bool isBusyFinal(const AtFrame &final) const override;
    void moduleReset() override;

    // The manual's error table (§1.2.2) as readable text for "+ERR=<code>".
    static QString errorMessage(int code);
    // The MQTT result codes (§2.2.4.9) carried by "+MSUB:<result>" and "+MPUB:<result>".
    static QString mqttResultMessage(int code);
    // The command's name between "AT+" and the operator, upper case ("SKSND"); empty for "AT+"
    // and for text that is no AT+ command.
    static QByteArray commandName(QByteArrayView command);

    // Longest header (prompt, payload header, echo) the probe accepts.
    static constexpr int MaxHeaderLength = 512;
    // Largest payload a header may announce; a bigger count is taken for a garbled header.
    static constexpr qint64 MaxPayloadLength = 65536;

private:
    AtFrame classifyOk(const QByteArray &line, const QByteArray &trimmed, const InFlight &inFlight);
    AtFrame classifyError(const QByteArray &line, const QByteArray &trimmed,
                          const InFlight &inFlight);
    AtFrame classifyAsync(const QByteArray &line, const QByteArray &trimmed);
    AtFrame mqttResult(const QByteArray &line, const QByteArray &value, const char *event,
                       QList<QByteArray> &pendingTopics);

    bool m_replyStarted = false; // AT+WSCAN / AT+SKSTT: the "+OK" record has arrived
    int m_blankLinesOwed = 0;    // blank lines that still belong to the last asynchronous message
    QByteArray m_topic;          // from the last +MTOPIC, for the +MQD that follows
    bool m_haveTopic = false;
    QList<QByteArray> m_subscribeTopics; // AT+MSUB sent, +MSUB:<result> not yet seen
    QList<QByteArray> m_publishTopics;   // AT+MPUB sent, +MPUB:<result> not yet seen
    // Accepted TCP clients: the firmware announces none in AT mode, so a +SKTRPT for a socket
    // number no AT+SKCT gave while a TCP server listens is a new client (socket.connected).
    bool m_creatingServer = false; // the AT+SKCT in flight opens a TCP server
    QSet<int> m_knownSockets;      // numbers from AT+SKCT replies and announced clients
    QSet<int> m_servers;           // listening TCP servers
};
