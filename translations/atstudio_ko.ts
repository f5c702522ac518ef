<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActionStatus</name>
    <message>
        <location filename="../ui/panels/PanelSupport.cpp" line="55"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>AdcModel</name>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="156"/>
        <location filename="../core/models/GpioModels.cpp" line="158"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="158"/>
        <source>%1 V</source>
        <translation>%1 V</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="169"/>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="171"/>
        <source>Reading</source>
        <translation>측정값</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="173"/>
        <source>Voltage</source>
        <translation>전압</translation>
    </message>
</context>
<context>
    <name>AdcPlot</name>
    <message>
        <location filename="../ui/panels/AdcPlot.cpp" line="38"/>
        <source>Time (s)</source>
        <translation>시간 (s)</translation>
    </message>
    <message>
        <location filename="../ui/panels/AdcPlot.cpp" line="39"/>
        <source>Volts</source>
        <translation>전압 (V)</translation>
    </message>
</context>
<context>
    <name>Air602Dialect</name>
    <message>
        <location filename="../core/dialects/air602/Air602Detect.cpp" line="43"/>
        <source>W600 module</source>
        <translation>W600 모듈</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Dialect.cpp" line="163"/>
        <source>Luat Air602 (WinnerMicro W600)</source>
        <translation>Luat Air602 (WinnerMicro W600)</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Dialect.cpp" line="351"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="15"/>
        <source>Invalid command format</source>
        <translation>잘못된 명령 형식</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="16"/>
        <source>Command not supported</source>
        <translation>지원되지 않는 명령</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="17"/>
        <source>Invalid operator</source>
        <translation>잘못된 연산자</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="18"/>
        <source>Invalid parameter</source>
        <translation>잘못된 매개변수</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="19"/>
        <source>Operation not allowed</source>
        <translation>허용되지 않는 작업</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="20"/>
        <source>Not enough memory</source>
        <translation>메모리 부족</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="21"/>
        <source>Flash error</source>
        <translation>플래시 오류</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="22"/>
        <source>System busy</source>
        <translation>시스템 사용 중</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="23"/>
        <source>Joining the network failed</source>
        <translation>네트워크 연결 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="24"/>
        <source>No socket available</source>
        <translation>사용 가능한 소켓 없음</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="25"/>
        <source>Invalid socket</source>
        <translation>잘못된 소켓</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="26"/>
        <source>Socket connection failed</source>
        <translation>소켓 연결 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="27"/>
        <source>Socket failed to send</source>
        <translation>소켓 전송 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="28"/>
        <source>Socket reception failed</source>
        <translation>소켓 수신 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="29"/>
        <source>Undefined error</source>
        <translation>정의되지 않은 오류</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="34"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="35"/>
        <source>Out of memory</source>
        <translation>메모리 부족</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="36"/>
        <source>Buffer error</source>
        <translation>버퍼 오류</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="37"/>
        <source>Timeout</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="38"/>
        <source>Routing problem</source>
        <translation>라우팅 문제</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="39"/>
        <source>Operation in progress</source>
        <translation>작업 진행 중</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="40"/>
        <source>Illegal value</source>
        <translation>잘못된 값</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="41"/>
        <source>Operation would block</source>
        <translation>작업이 차단됨</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="42"/>
        <source>Address in use</source>
        <translation>주소가 이미 사용 중</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="43"/>
        <source>Already connecting</source>
        <translation>이미 연결 중</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="44"/>
        <source>Connection already established</source>
        <translation>이미 연결되어 있음</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="45"/>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="46"/>
        <source>Low-level network interface error</source>
        <translation>하위 네트워크 인터페이스 오류</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="47"/>
        <source>Connection aborted</source>
        <translation>연결 중단됨</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="48"/>
        <source>Connection reset</source>
        <translation>연결 재설정됨</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="49"/>
        <source>Connection closed</source>
        <translation>연결 종료됨</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="50"/>
        <source>Illegal argument</source>
        <translation>잘못된 인수</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Errors.cpp" line="59"/>
        <source>Unknown error %1</source>
        <translation>알 수 없는 오류 %1</translation>
    </message>
</context>
<context>
    <name>Air602DialectCatalog</name>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="27"/>
        <source>Null operation: checks that the module answers.</source>
        <translation>Null 명령: 모듈이 응답하는지 확인합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="29"/>
        <source>Resets the module.</source>
        <translation>모듈을 리셋합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="31"/>
        <source>Toggles the echo of commands on or off.</source>
        <translation>명령 에코를 켜거나 끕니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="33"/>
        <source>Switches the serial port to transparent transmission mode.</source>
        <translation>시리얼 포트를 투명 전송 모드로 전환합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="37"/>
        <source>Enters an energy-saving mode: Wi-Fi off, standby or sleep.</source>
        <translation>절전 모드로 전환합니다: Wi-Fi 끄기, 대기 또는 슬립.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="41"/>
        <source>Restores the factory settings; they take effect after a restart.</source>
        <translation>공장 초기 설정으로 복원합니다. 재시작 후 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="45"/>
        <source>Saves the parameters in RAM to flash.</source>
        <translation>RAM의 매개변수를 플래시에 저장합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="47"/>
        <source>Shows the MAC address in station mode.</source>
        <translation>스테이션 모드의 MAC 주소를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="49"/>
        <source>Shows the MAC address in SoftAP mode.</source>
        <translation>SoftAP 모드의 MAC 주소를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="50"/>
        <source>Shows the firmware version.</source>
        <translation>펌웨어 버전을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="54"/>
        <source>Sets or queries the network type: 0 station, 1 ad-hoc, 2 SoftAP, 3 APSTA.</source>
        <translation>네트워크 유형을 설정하거나 조회합니다: 0 스테이션, 1 애드혹, 2 SoftAP, 3 APSTA.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="59"/>
        <source>Sets or queries DHCP (0) or the static IP configuration (1) in station mode.</source>
        <translation>스테이션 모드에서 DHCP(0) 또는 고정 IP 설정(1)을 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="64"/>
        <source>Sets or queries the IP configuration and DHCP server in SoftAP mode.</source>
        <translation>SoftAP 모드의 IP 설정과 DHCP 서버를 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="68"/>
        <source>Sets or queries the module&apos;s local domain name (SoftAP mode).</source>
        <translation>모듈의 로컬 도메인 이름을 설정하거나 조회합니다(SoftAP 모드).</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="72"/>
        <source>Sets or queries the operating mode: 0 automatic, 1 command.</source>
        <translation>동작 모드를 설정하거나 조회합니다: 0 자동, 1 명령.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="76"/>
        <source>Sets or queries the socket created automatically in automatic mode.</source>
        <translation>자동 모드에서 자동으로 생성되는 소켓을 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="80"/>
        <source>Sets or queries the SSID to join in station mode.</source>
        <translation>스테이션 모드에서 연결할 SSID를 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="83"/>
        <source>Sets or queries the SoftAP SSID.</source>
        <translation>SoftAP SSID를 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="85"/>
        <source>Sets or queries the security mode in station mode.</source>
        <translation>스테이션 모드의 보안 모드를 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="89"/>
        <source>Sets or queries the SoftAP security mode.</source>
        <translation>SoftAP 보안 모드를 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="92"/>
        <source>Sets or queries the network key in station mode.</source>
        <translation>스테이션 모드의 네트워크 키를 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="95"/>
        <source>Sets or queries the SoftAP network key.</source>
        <translation>SoftAP 네트워크 키를 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="97"/>
        <source>Sets or queries the BSSID of the access point to join.</source>
        <translation>연결할 액세스 포인트의 BSSID를 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="101"/>
        <source>Sets or queries the channel mode in station mode.</source>
        <translation>스테이션 모드의 채널 모드를 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="104"/>
        <source>Sets or queries the SoftAP channel.</source>
        <translation>SoftAP 채널을 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="106"/>
        <source>Sets or queries the list of allowed channels (a hex bit mask).</source>
        <translation>허용 채널 목록(16진수 비트 마스크)을 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="110"/>
        <source>Enables or queries the automatic creation of an ad-hoc network.</source>
        <translation>애드혹 네트워크 자동 생성을 활성화하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="114"/>
        <source>Turns automatic Wi-Fi energy saving on or off, or queries it.</source>
        <translation>Wi-Fi 자동 절전을 켜거나 끄거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="118"/>
        <source>Enables, disables or queries the SoftAP SSID broadcast.</source>
        <translation>SoftAP SSID 브로드캐스트를 활성화, 비활성화 또는 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="122"/>
        <source>Sets or queries the UART data format.</source>
        <translation>UART 데이터 형식을 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="124"/>
        <source>Enables, disables or queries the built-in web management server.</source>
        <translation>내장 웹 관리 서버를 활성화, 비활성화 또는 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="128"/>
        <source>Sets or queries the device name.</source>
        <translation>장치 이름을 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="130"/>
        <source>Sets or queries the system login password (6 characters).</source>
        <translation>시스템 로그인 비밀번호(6자)를 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="134"/>
        <source>Shows the user data received during one-click configuration.</source>
        <translation>원클릭 설정 중 수신한 사용자 데이터를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="138"/>
        <source>Shows the configured network join parameters.</source>
        <translation>설정된 네트워크 연결 매개변수를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="142"/>
        <source>Sets or queries the host interface mode (UART, high-speed UART, SPI, SDIO).</source>
        <translation>호스트 인터페이스 모드(UART, 고속 UART, SPI, SDIO)를 설정하거나 조회합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="147"/>
        <source>Resolves a domain name to an IP address.</source>
        <translation>도메인 이름을 IP 주소로 변환합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="150"/>
        <source>Gets or sets the WPS PIN, or starts WPS by PIN or push button.</source>
        <translation>WPS PIN을 읽거나 설정하거나, PIN 또는 푸시 버튼으로 WPS를 시작합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="154"/>
        <source>Joins or creates the configured network (station, SoftAP or ad-hoc).</source>
        <translation>설정된 네트워크(스테이션, SoftAP 또는 애드혹)에 연결하거나 네트워크를 생성합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="158"/>
        <source>Disconnects from the current network.</source>
        <translation>현재 네트워크에서 연결을 해제합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="160"/>
        <source>Scans for wireless networks.</source>
        <translation>무선 네트워크를 스캔합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="162"/>
        <source>Shows the station&apos;s connection status and IP configuration.</source>
        <translation>스테이션의 연결 상태와 IP 설정을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="166"/>
        <source>Shows the SoftAP&apos;s status and IP configuration.</source>
        <translation>SoftAP의 상태와 IP 설정을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="169"/>
        <source>Lists the stations connected to the SoftAP.</source>
        <translation>SoftAP에 연결된 스테이션 목록을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="172"/>
        <source>Creates a TCP or UDP client or server socket.</source>
        <translation>TCP 또는 UDP 클라이언트/서버 소켓을 생성합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="175"/>
        <source>Sends &lt;size&gt; bytes of binary data through a socket.</source>
        <translation>소켓으로 &lt;size&gt;바이트의 바이너리 데이터를 전송합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="179"/>
        <source>Reads up to &lt;maxsize&gt; bytes from a socket&apos;s receive buffer.</source>
        <translation>소켓 수신 버퍼에서 최대 &lt;maxsize&gt;바이트를 읽습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="183"/>
        <source>Shows the state of a socket and of its accepted clients.</source>
        <translation>소켓과 해당 소켓이 수락한 클라이언트의 상태를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="186"/>
        <source>Closes a socket.</source>
        <translation>소켓을 닫습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="189"/>
        <source>Sets the default socket used by transparent mode.</source>
        <translation>투명 모드에서 사용할 기본 소켓을 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="192"/>
        <source>Shows the source IP address of the last received data.</source>
        <translation>마지막으로 수신한 데이터의 출발지 IP 주소를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="196"/>
        <source>Turns the active report of received socket data on (1) or off (0).</source>
        <translation>소켓 수신 데이터의 능동 보고를 켜거나(1) 끕니다(0).</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="200"/>
        <source>Starts (1) or stops (0) one-click configuration.</source>
        <translation>원클릭 설정을 시작(1)하거나 중지(0)합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="203"/>
        <source>Sends an HTTP GET or POST request.</source>
        <translation>HTTP GET 또는 POST 요청을 전송합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="206"/>
        <source>Sets the MQTT broker&apos;s port and IP address.</source>
        <translation>MQTT 브로커의 포트와 IP 주소를 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="209"/>
        <source>Sets the MQTT user name and password.</source>
        <translation>MQTT 사용자 이름과 비밀번호를 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="211"/>
        <source>Sets the MQTT client ID.</source>
        <translation>MQTT 클라이언트 ID를 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="213"/>
        <source>Connects to the MQTT broker.</source>
        <translation>MQTT 브로커에 연결합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="215"/>
        <source>Subscribes to an MQTT topic.</source>
        <translation>MQTT 토픽을 구독합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="217"/>
        <source>Publishes a message to an MQTT topic.</source>
        <translation>MQTT 토픽에 메시지를 발행합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602DialectCatalog.cpp" line="219"/>
        <source>Disconnects from the MQTT broker.</source>
        <translation>MQTT 브로커와의 연결을 해제합니다.</translation>
    </message>
</context>
<context>
    <name>Air602MqttCommands</name>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="75"/>
        <source>Subscribing to &quot;%1&quot; failed: %2</source>
        <translation>&quot;%1&quot; 구독 실패: %2</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="95"/>
        <source>The Air602 MQTT client has no TLS option.</source>
        <translation>Air602 MQTT 클라이언트에는 TLS 옵션이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="97"/>
        <source>The Air602 needs a client ID.</source>
        <translation>Air602에는 클라이언트 ID가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="101"/>
        <source>The Air602 cannot send a host, client ID, user name or password with a comma, a double quote or a line break.</source>
        <translation>Air602는 쉼표, 큰따옴표 또는 줄바꿈이 포함된 호스트, 클라이언트 ID, 사용자 이름, 비밀번호를 전송할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="104"/>
        <source>The broker&apos;s host is empty.</source>
        <translation>브로커 호스트가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="122"/>
        <source>The module could not resolve the broker&apos;s name.</source>
        <translation>모듈이 브로커 이름을 조회하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="165"/>
        <source>The Air602 has no unsubscribe command: disconnect, and connect again without the topic.</source>
        <translation>Air602에는 구독 해제 명령이 없습니다: 연결을 해제한 후 해당 토픽 없이 다시 연결하십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="178"/>
        <source>The Air602 sends the message inside a command line: it cannot hold a line break.</source>
        <translation>Air602는 메시지를 명령줄에 담아 전송하므로 메시지에 줄바꿈을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="181"/>
        <source>QoS is 0, 1 or 2.</source>
        <translation>QoS는 0, 1 또는 2입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602MqttCommands.cpp" line="185"/>
        <source>Publishing to &quot;%1&quot; failed: %2</source>
        <translation>&quot;%1&quot;에 발행 실패: %2</translation>
    </message>
</context>
<context>
    <name>Air602SocketCommands</name>
    <message>
        <location filename="../core/dialects/air602/Air602SocketCommands.cpp" line="48"/>
        <source>The host name cannot hold commas, quotes or spaces.</source>
        <translation>호스트 이름에는 쉼표, 따옴표 또는 공백을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602SocketCommands.cpp" line="52"/>
        <source>The Air602 AT firmware has no TLS sockets.</source>
        <translation>Air602 AT 펌웨어에는 TLS 소켓이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602SocketCommands.cpp" line="55"/>
        <source>A TCP client needs the peer&apos;s host.</source>
        <translation>TCP 클라이언트에는 상대방 호스트가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602SocketCommands.cpp" line="91"/>
        <source>Nothing to send.</source>
        <translation>전송할 데이터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602SocketCommands.cpp" line="97"/>
        <source>The module took only %1 of %2 bytes.</source>
        <translation>모듈이 %2바이트 중 %1바이트만 받았습니다.</translation>
    </message>
</context>
<context>
    <name>Air602WifiCommands</name>
    <message>
        <location filename="../core/dialects/air602/Air602WifiCommands.cpp" line="116"/>
        <source>The Air602 cannot take a key with a comma or a double quote: its command parser splits parameters at every comma.</source>
        <translation>Air602는 쉼표나 큰따옴표가 포함된 키를 받을 수 없습니다: 명령 파서가 쉼표마다 매개변수를 나눕니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602WifiCommands.cpp" line="140"/>
        <source>Encrypted</source>
        <translation>암호화됨</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602WifiCommands.cpp" line="158"/>
        <source>A BSSID is six bytes in hex (12 digits).</source>
        <translation>BSSID는 16진수 6바이트(12자리)입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602WifiCommands.cpp" line="167"/>
        <source>Static addressing needs an IPv4 address, netmask, gateway and DNS server.</source>
        <translation>고정 주소를 사용하려면 IPv4 주소, 서브넷 마스크, 게이트웨이, DNS 서버가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602WifiCommands.cpp" line="207"/>
        <source>The Air602 soft AP runs on channels 1 to 14.</source>
        <translation>Air602 소프트 AP는 채널 1~14번에서 동작합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602WifiCommands.cpp" line="209"/>
        <source>The soft AP needs an IPv4 address and netmask.</source>
        <translation>소프트 AP에는 IPv4 주소와 서브넷 마스크가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>AtSession</name>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="41"/>
        <source>The session was closed.</source>
        <translation>세션이 닫혔습니다.</translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="180"/>
        <source>Not connected to a module.</source>
        <translation>모듈에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="279"/>
        <source>%1 (error %2)</source>
        <translation>%1 (오류 %2)</translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="322"/>
        <source>The module restarted while %1 was running.</source>
        <translation>%1 실행 중에 모듈이 재시작되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="344"/>
        <source>The module stayed busy after %1 retries (%2).</source>
        <translation>%1회 재시도 후에도 모듈이 계속 사용 중입니다(%2).</translation>
    </message>
    <message>
        <location filename="../core/engine/AtSession.cpp" line="360"/>
        <source>No answer to %1 within %2 ms.</source>
        <translation>%2 ms 안에 %1에 대한 응답이 없습니다.</translation>
    </message>
</context>
<context>
    <name>AutoDetector</name>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="131"/>
        <source>Detection cancelled.</source>
        <translation>감지가 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="163"/>
        <source>Opening %1</source>
        <translation>%1 여는 중</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="189"/>
        <source>%1 does not accept %2 baud</source>
        <translation>%1은(는) %2 보드레이트를 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="193"/>
        <source>Trying %1 baud</source>
        <translation>%1 보드레이트 시도 중</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="243"/>
        <source>%1 baud: &quot;%2&quot; looks like %3; asking for its identity</source>
        <translation>%1 보드레이트: &quot;%2&quot;은(는) %3(으)로 보입니다. 식별 정보를 요청하는 중</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="312"/>
        <source>Nothing answered on %1 at %2 baud. Check the power, the wiring (the module&apos;s TX to the adapter&apos;s RX and back) and that no other program uses the port.</source>
        <translation>%1에서 %2 보드레이트로 응답이 없습니다. 전원, 배선(모듈의 TX를 어댑터의 RX에, 그 반대도 마찬가지)과 다른 프로그램이 포트를 사용하고 있지 않은지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="315"/>
        <source>any</source>
        <translation>모두</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="336"/>
        <source>%1, firmware %2</source>
        <translation>%1, 펌웨어 %2</translation>
    </message>
    <message>
        <location filename="../core/services/AutoDetector.cpp" line="337"/>
        <source>Found %1 at %2 baud (%3 confidence).</source>
        <translation>%2 보드레이트에서 %1을(를) 찾았습니다(신뢰도 %3).</translation>
    </message>
</context>
<context>
    <name>ByteView</name>
    <message>
        <location filename="../ui/panels/ByteView.cpp" line="35"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/panels/ByteView.cpp" line="43"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
</context>
<context>
    <name>CapabilityService</name>
    <message>
        <location filename="../core/services/CapabilityService.cpp" line="23"/>
        <source>%1: done.</source>
        <translation>%1: 완료.</translation>
    </message>
    <message>
        <location filename="../core/services/CapabilityService.cpp" line="61"/>
        <source>The connection closed.</source>
        <translation>연결이 닫혔습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/CapabilityService.cpp" line="76"/>
        <source>Connect to a module first.</source>
        <translation>먼저 모듈에 연결하십시오.</translation>
    </message>
</context>
<context>
    <name>CommandCompleter</name>
    <message>
        <location filename="../ui/terminal/CommandCompleter.cpp" line="59"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>CommandInput</name>
    <message>
        <location filename="../ui/terminal/CommandInput.cpp" line="14"/>
        <source>Type an AT command and press Enter (Up and Down: history)</source>
        <translation>AT 명령을 입력하고 Enter를 누르십시오(위/아래: 기록)</translation>
    </message>
</context>
<context>
    <name>CommandSequence</name>
    <message>
        <location filename="../core/services/CommandSequence.cpp" line="15"/>
        <source>%1 (code %2)</source>
        <translation>%1 (코드 %2)</translation>
    </message>
    <message>
        <location filename="../core/services/CommandSequence.cpp" line="27"/>
        <source>%1: no &quot;%2&quot; from the module within %3 s.</source>
        <translation>%1: %3초 안에 모듈에서 &quot;%2&quot; 응답이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/CommandSequence.cpp" line="89"/>
        <source>%1: the module is not connected.</source>
        <translation>%1: 모듈이 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/CommandSequence.cpp" line="107"/>
        <location filename="../core/services/CommandSequence.cpp" line="120"/>
        <location filename="../core/services/CommandSequence.cpp" line="162"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="47"/>
        <location filename="../ui/ConnectionBar.cpp" line="302"/>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="48"/>
        <location filename="../ui/ConnectionBar.cpp" line="294"/>
        <source>Detect</source>
        <translation>감지</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="60"/>
        <source>A serial port, a device path such as /dev/pts/3, a network serial server as host:port, or the virtual module</source>
        <translation>시리얼 포트, /dev/pts/3 같은 장치 경로, host:port 형식의 네트워크 시리얼 서버 또는 가상 모듈</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="62"/>
        <source>port, /dev/path or host:port</source>
        <translation>포트, /dev/경로 또는 host:port</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="68"/>
        <source>Baud rate: pick one or type any rate</source>
        <translation>보드레이트: 목록에서 선택하거나 직접 입력</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="74"/>
        <source>The module family: it decides how commands are written and replies read</source>
        <translation>모듈 제품군: 명령 작성 방식과 응답 해석 방식을 결정합니다</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="75"/>
        <source>Data bits, parity, stop bits, flow control, DTR and RTS</source>
        <translation>데이터 비트, 패리티, 정지 비트, 흐름 제어, DTR 및 RTS</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="80"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="82"/>
        <source>Baud</source>
        <translation>보드레이트</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="85"/>
        <source>Module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="89"/>
        <source>Find the baud rate and the module family on the chosen serial port</source>
        <translation>선택한 시리얼 포트에서 보드레이트와 모듈 제품군을 찾습니다</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="136"/>
        <source>Data bits</source>
        <translation>데이터 비트</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="142"/>
        <source>Parity</source>
        <translation>패리티</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="143"/>
        <location filename="../ui/ConnectionBar.cpp" line="155"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="144"/>
        <source>Even</source>
        <translation>짝수</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="145"/>
        <source>Odd</source>
        <translation>홀수</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="146"/>
        <source>Mark</source>
        <translation>마크</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="147"/>
        <source>Space</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="149"/>
        <source>Stop bits</source>
        <translation>정지 비트</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="154"/>
        <source>Flow control</source>
        <translation>흐름 제어</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="156"/>
        <source>RTS/CTS (hardware)</source>
        <translation>RTS/CTS (하드웨어)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="157"/>
        <source>XON/XOFF (software)</source>
        <translation>XON/XOFF (소프트웨어)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="160"/>
        <source>DTR asserted</source>
        <translation>DTR 활성</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="164"/>
        <source>RTS asserted</source>
        <translation>RTS 활성</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="180"/>
        <source> RTS/CTS</source>
        <translation> RTS/CTS</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="182"/>
        <source> XON/XOFF</source>
        <translation> XON/XOFF</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="201"/>
        <source>Virtual module (no hardware)</source>
        <translation>가상 모듈(하드웨어 없음)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="243"/>
        <source>Choose a serial port, type a device path or host:port, or pick the virtual module.</source>
        <translation>시리얼 포트를 선택하거나, 장치 경로 또는 host:port를 입력하거나, 가상 모듈을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="253"/>
        <source>The baud rate must be a positive whole number.</source>
        <translation>보드레이트는 양의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="294"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionBar.cpp" line="302"/>
        <source>Disconnect</source>
        <translation>연결 해제</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ui/DashboardView.cpp" line="44"/>
        <source>excellent</source>
        <translation>매우 좋음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="46"/>
        <source>good</source>
        <translation>좋음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="48"/>
        <source>fair</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="50"/>
        <source>weak</source>
        <translation>약함</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="52"/>
        <source>very weak</source>
        <translation>매우 약함</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="136"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="137"/>
        <source>Read every field from the module now.</source>
        <translation>지금 모듈에서 모든 항목을 읽습니다.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="140"/>
        <location filename="../ui/DashboardView.cpp" line="436"/>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="140"/>
        <source>Every %1 s</source>
        <translation>%1초마다</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="141"/>
        <source>Read the module again periodically. Each reading sends the status commands, which the terminal shows. Leave it off while a socket is in data (transparent) mode: the commands would reach the peer.</source>
        <translation>모듈을 주기적으로 다시 읽습니다. 읽을 때마다 상태 명령을 전송하며, 터미널에 표시됩니다. 소켓이 데이터(투명) 모드일 때는 끄십시오. 명령이 상대방에게 전달됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="144"/>
        <source>Auto-&amp;refresh:</source>
        <translation>자동 새로 고침(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="146"/>
        <source>&amp;Presentation mode</source>
        <translation>프레젠테이션 모드(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="148"/>
        <source>Large, high-contrast type with the main fields, for a projector (Esc leaves it).</source>
        <translation>프로젝터용으로 주요 항목을 크고 대비가 높은 글꼴로 표시합니다(Esc로 종료).</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="216"/>
        <source>Module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="219"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="222"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="363"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="365"/>
        <source>No module connected</source>
        <translation>연결된 모듈 없음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="369"/>
        <source>Connection lost, waiting for the module…</source>
        <translation>연결이 끊어졌습니다. 모듈을 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="372"/>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="374"/>
        <source>Read at %1</source>
        <translation>%1에 읽음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="393"/>
        <source>AP running</source>
        <translation>AP 동작 중</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="393"/>
        <location filename="../ui/DashboardView.cpp" line="454"/>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="395"/>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="397"/>
        <source>AP stopped</source>
        <translation>AP 중지됨</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="397"/>
        <location filename="../ui/DashboardView.cpp" line="454"/>
        <source>Disconnected</source>
        <translation>연결 해제됨</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="417"/>
        <source>not available</source>
        <translation>사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="417"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="421"/>
        <source>not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="423"/>
        <source>no address</source>
        <translation>주소 없음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="425"/>
        <source>no signal</source>
        <translation>신호 없음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="427"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="438"/>
        <source>Station</source>
        <translation>스테이션</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="440"/>
        <source>Soft AP</source>
        <translation>소프트 AP</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="442"/>
        <source>Station + soft AP</source>
        <translation>스테이션 + 소프트 AP</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="444"/>
        <source>Ad hoc</source>
        <translation>애드혹</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="450"/>
        <source>%1 dBm (%2)</source>
        <translation>%1 dBm (%2)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="469"/>
        <source>the module</source>
        <translation>이 모듈</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="473"/>
        <source>Not available on this module: no AT command of the %1 reads it.</source>
        <translation>이 모듈에서는 사용할 수 없습니다: %1에는 이 값을 읽는 AT 명령이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="475"/>
        <source>Follows the module&apos;s messages when it sends them.</source>
        <translation>모듈이 보내는 메시지에 따라 갱신됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="478"/>
        <source>AT command: %1</source>
        <translation>AT 명령: %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="482"/>
        <source>Last update %1, from %2</source>
        <translation>마지막 갱신 %1, 출처 %2</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="485"/>
        <source>Unknown: %1</source>
        <translation>알 수 없음: %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="555"/>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
</context>
<context>
    <name>DialectCapabilities</name>
    <message>
        <location filename="../core/dialects/Dialect.cpp" line="39"/>
        <source>This module family&apos;s capabilities are not described.</source>
        <translation>이 모듈 계열의 기능은 설명되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/Dialect.cpp" line="46"/>
        <source>How settings are saved is not described.</source>
        <translation>설정을 저장하는 방법이 설명되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Capabilities.cpp" line="18"/>
        <source>The Air602 AT firmware has no TLS sockets.</source>
        <translation>Air602 AT 펌웨어에는 TLS 소켓이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Capabilities.cpp" line="23"/>
        <source>The Air602 MQTT client has no TLS option.</source>
        <translation>Air602 MQTT 클라이언트에는 TLS 옵션이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Capabilities.cpp" line="26"/>
        <source>The Air602 AT manual has no GPIO commands.</source>
        <translation>Air602 AT 매뉴얼에는 GPIO 명령이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Capabilities.cpp" line="28"/>
        <source>The Air602 AT manual has no ADC command.</source>
        <translation>Air602 AT 매뉴얼에는 ADC 명령이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/air602/Air602Capabilities.cpp" line="40"/>
        <source>A setting given with &quot;=&quot; lasts until restart; &quot;=!&quot; also writes it to flash, and AT+PMTF saves all current settings.</source>
        <translation>&quot;=&quot;로 지정한 설정은 재시작할 때까지 유지되고, &quot;=!&quot;는 플래시에도 기록하며, AT+PMTF는 현재 설정을 모두 저장합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Capabilities.cpp" line="20"/>
        <source>The PIC32MZW1 AnyCloud firmware has no transparent (pass-through) mode.</source>
        <translation>PIC32MZW1 AnyCloud 펌웨어에는 투명(패스스루) 모드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Capabilities.cpp" line="26"/>
        <source>The PIC32MZW1 AnyCloud firmware has no GPIO commands.</source>
        <translation>PIC32MZW1 AnyCloud 펌웨어에는 GPIO 명령이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Capabilities.cpp" line="28"/>
        <source>The PIC32MZW1 AnyCloud firmware has no ADC commands.</source>
        <translation>PIC32MZW1 AnyCloud 펌웨어에는 ADC 명령이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Capabilities.cpp" line="39"/>
        <source>The manual documents no way to save settings; they are lost at restart.</source>
        <translation>매뉴얼에 설정 저장 방법이 없어 재시작하면 설정이 사라집니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Capabilities.cpp" line="20"/>
        <location filename="../core/dialects/wizfi250/Wizfi250Capabilities.cpp" line="22"/>
        <source>The WizFi250 programmer&apos;s guide has no MQTT commands.</source>
        <translation>WizFi250 프로그래머 가이드에는 MQTT 명령이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Capabilities.cpp" line="26"/>
        <source>The WizFi250 programmer&apos;s guide has no ADC command.</source>
        <translation>WizFi250 프로그래머 가이드에는 ADC 명령이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Capabilities.cpp" line="38"/>
        <location filename="../core/dialects/wizfi310/Wizfi310Capabilities.cpp" line="32"/>
        <source>Settings take effect at once and survive a restart only after the profile is saved with AT+MPROF=S.</source>
        <translation>설정은 즉시 적용되며, AT+MPROF=S로 프로파일을 저장해야만 재시작 후에도 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Capabilities.cpp" line="21"/>
        <source>The WizFi360 MQTT client has no TLS option.</source>
        <translation>WizFi360 MQTT 클라이언트에는 TLS 옵션이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Capabilities.cpp" line="25"/>
        <source>The WizFi360 instruction set has no ADC command.</source>
        <translation>WizFi360 명령어 집합에는 ADC 명령이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Capabilities.cpp" line="37"/>
        <source>Commands ending in _CUR change the running settings only; the _DEF forms also save them to flash.</source>
        <translation>_CUR로 끝나는 명령은 현재 동작 중인 설정만 바꾸고, _DEF 형식은 플래시에도 저장합니다.</translation>
    </message>
</context>
<context>
    <name>FaultPlan</name>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="42"/>
        <source>fault &quot;%1&quot;: %2</source>
        <translation>장애 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="46"/>
        <source>expects a probability from 0 to 1</source>
        <translation>0에서 1 사이의 확률이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="48"/>
        <source>expects a duration such as 30s or 500ms</source>
        <translation>30s 또는 500ms 같은 시간이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="69"/>
        <source>expects 0 or 1</source>
        <translation>0 또는 1이 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="76"/>
        <source>expects a whole number</source>
        <translation>정수가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/FaultPlan.cpp" line="78"/>
        <source>unknown; known faults are noise, reset, drop-final, busy, split, unplug and seed</source>
        <translation>알 수 없음. 알려진 장애는 noise, reset, drop-final, busy, split, unplug, seed입니다</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="16"/>
        <source>Find in the terminal</source>
        <translation>터미널에서 찾기</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="19"/>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="20"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>이전 일치 항목(Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="21"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="22"/>
        <source>Next match (Enter, F3)</source>
        <translation>다음 일치 항목(Enter, F3)</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="24"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="25"/>
        <source>Close the find bar (Escape)</source>
        <translation>찾기 표시줄 닫기(Escape)</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="28"/>
        <source>Find:</source>
        <translation>찾기:</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="61"/>
        <source>no match</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="63"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/terminal/FindBar.cpp" line="65"/>
        <source>matches: %1</source>
        <translation>일치 항목: %1</translation>
    </message>
</context>
<context>
    <name>FormChecks</name>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="36"/>
        <source>Enter the network name (SSID).</source>
        <translation>네트워크 이름(SSID)을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="39"/>
        <source>An SSID is at most %1 bytes; this one is %2 (UTF-8).</source>
        <translation>SSID는 최대 %1바이트입니다. 입력한 SSID는 %2바이트입니다(UTF-8).</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="46"/>
        <source>Enter an IPv4 address, e.g. 192.168.1.20.</source>
        <translation>IPv4 주소를 입력하십시오(예: 192.168.1.20).</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="49"/>
        <source>Not an IPv4 address (four numbers 0-255 separated by dots).</source>
        <translation>올바른 IPv4 주소가 아닙니다(점으로 구분된 0~255 숫자 4개).</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="57"/>
        <source>Not a netmask (four numbers 0-255 separated by dots).</source>
        <translation>올바른 서브넷 마스크가 아닙니다(점으로 구분된 0~255 숫자 4개).</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="60"/>
        <source>A netmask is a run of 1 bits then 0 bits, e.g. 255.255.255.0.</source>
        <translation>서브넷 마스크는 1 비트가 연속된 뒤 0 비트가 이어져야 합니다(예: 255.255.255.0).</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="69"/>
        <source>A port is a number from 1 to 65535.</source>
        <translation>포트는 1에서 65535 사이의 숫자입니다.</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="77"/>
        <source>Enter a host name or an IPv4 address.</source>
        <translation>호스트 이름 또는 IPv4 주소를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="85"/>
        <source>Not a host name or an IPv4 address.</source>
        <translation>올바른 호스트 이름 또는 IPv4 주소가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="92"/>
        <source>Enter a topic.</source>
        <translation>토픽을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="95"/>
        <source>This module takes topics of at most %1 bytes; this one is %2.</source>
        <translation>이 모듈은 최대 %1바이트의 토픽만 받습니다. 입력한 토픽은 %2바이트입니다.</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="99"/>
        <source>A topic to publish to cannot contain the wildcards + or #.</source>
        <translation>발행할 토픽에는 와일드카드 + 또는 #을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="105"/>
        <source># stands alone as the last level of a topic filter.</source>
        <translation>#은 토픽 필터의 마지막 레벨에 단독으로만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/FormChecks.cpp" line="107"/>
        <source>+ stands alone for one whole level of a topic filter.</source>
        <translation>+는 토픽 필터에서 한 레벨 전체를 단독으로 차지해야 합니다.</translation>
    </message>
</context>
<context>
    <name>GpioCommands</name>
    <message>
        <location filename="../core/dialects/commands/GpioCommands.cpp" line="8"/>
        <source>This module has no ADC command.</source>
        <translation>이 모듈에는 ADC 명령이 없습니다.</translation>
    </message>
</context>
<context>
    <name>GpioPanel</name>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="74"/>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="74"/>
        <source>Every %1 s</source>
        <translation>%1초마다</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="75"/>
        <source>Read every input pin and ADC channel periodically.</source>
        <translation>모든 입력 핀과 ADC 채널을 주기적으로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="76"/>
        <source>Read all now</source>
        <translation>지금 모두 읽기</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="78"/>
        <source>Read every input pin and ADC channel once.</source>
        <translation>모든 입력 핀과 ADC 채널을 한 번 읽습니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="80"/>
        <source>Periodic read:</source>
        <translation>주기적 읽기:</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="133"/>
        <source>Pins</source>
        <translation>핀</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="147"/>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="158"/>
        <location filename="../ui/panels/GpioPanel.cpp" line="191"/>
        <source>Read</source>
        <translation>읽기</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="160"/>
        <source>Read the selected pin&apos;s level from the module.</source>
        <translation>선택한 핀의 레벨을 모듈에서 읽습니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="172"/>
        <source>Selected:</source>
        <translation>선택한 핀:</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="173"/>
        <source>Mode:</source>
        <translation>모드:</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="174"/>
        <source>Level:</source>
        <translation>레벨:</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="183"/>
        <source>Analog inputs (ADC)</source>
        <translation>아날로그 입력(ADC)</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="193"/>
        <source>Read the selected channel, or every channel when none is selected.</source>
        <translation>선택한 채널을 읽거나, 선택한 채널이 없으면 모든 채널을 읽습니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="224"/>
        <source>Connect to a module first.</source>
        <translation>먼저 모듈에 연결하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="228"/>
        <source>The GPIO commands of this module are not supported yet.</source>
        <translation>이 모듈의 GPIO 명령은 아직 지원되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="261"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="264"/>
        <location filename="../ui/panels/GpioPanel.cpp" line="290"/>
        <source>Low</source>
        <translation>로우</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="273"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="275"/>
        <source>Input, pull-up</source>
        <translation>입력, 풀업</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="277"/>
        <source>Input, pull-down</source>
        <translation>입력, 풀다운</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="280"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="287"/>
        <source>Drive the output high or low.</source>
        <translation>출력을 하이 또는 로우로 구동합니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="288"/>
        <source>Set the pin as an output to drive its level.</source>
        <translation>레벨을 구동하려면 핀을 출력으로 설정하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/panels/GpioPanel.cpp" line="290"/>
        <source>High</source>
        <translation>하이</translation>
    </message>
</context>
<context>
    <name>GpioPinsModel</name>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="63"/>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="65"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="69"/>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="71"/>
        <source>input, pull-up</source>
        <translation>입력, 풀업</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="73"/>
        <source>input, pull-down</source>
        <translation>입력, 풀다운</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="78"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="78"/>
        <source>high</source>
        <translation>하이</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="78"/>
        <source>low</source>
        <translation>로우</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="89"/>
        <source>Pin</source>
        <translation>핀</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="91"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="93"/>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <location filename="../core/models/GpioModels.cpp" line="95"/>
        <source>Level</source>
        <translation>레벨</translation>
    </message>
</context>
<context>
    <name>GpioService</name>
    <message>
        <location filename="../core/services/GpioService.cpp" line="48"/>
        <source>Set GPIO %1 as output</source>
        <translation>GPIO %1을(를) 출력으로 설정</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="48"/>
        <source>Set GPIO %1 as input</source>
        <translation>GPIO %1을(를) 입력으로 설정</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="70"/>
        <source>Set GPIO %1 high</source>
        <translation>GPIO %1을(를) 하이로 설정</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="70"/>
        <source>Set GPIO %1 low</source>
        <translation>GPIO %1을(를) 로우로 설정</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="82"/>
        <source>Read GPIO %1</source>
        <translation>GPIO %1 읽기</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="90"/>
        <source>GPIO %1: the module did not say the level.</source>
        <translation>GPIO %1: 모듈이 레벨을 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="91"/>
        <source>GPIO %1 is %2.</source>
        <translation>GPIO %1은(는) %2입니다.</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="91"/>
        <source>high</source>
        <translation>하이</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="91"/>
        <source>low</source>
        <translation>로우</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="97"/>
        <source>Read ADC %1</source>
        <translation>ADC %1 읽기</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="106"/>
        <source>ADC %1: the module did not say the value.</source>
        <translation>ADC %1: 모듈이 값을 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/GpioService.cpp" line="111"/>
        <source>ADC %1: %2 (%3 V).</source>
        <translation>ADC %1: %2 (%3 V).</translation>
    </message>
</context>
<context>
    <name>LineEndingBox</name>
    <message>
        <location filename="../ui/terminal/LineEndingBox.cpp" line="20"/>
        <source>Line end sent after what you type. With the module&apos;s own line end the command goes through the engine (its reply is tracked); with another one the bytes are written as they are.</source>
        <translation>입력한 내용 뒤에 보낼 줄 끝 문자입니다. 모듈 고유의 줄 끝 문자를 사용하면 명령이 엔진을 거쳐 전송되고(응답이 추적됨), 다른 줄 끝 문자를 사용하면 바이트가 그대로 전송됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/LineEndingBox.cpp" line="56"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/terminal/LineEndingBox.cpp" line="61"/>
        <source>%1 (module)</source>
        <translation>%1 (모듈)</translation>
    </message>
</context>
<context>
    <name>Macro</name>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="48"/>
        <source>Line %1: a pause is at most %2 ms.</source>
        <translation>%1행: 대기 시간은 최대 %2 ms입니다.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="53"/>
        <source>Line %1: write a pause as &quot;wait 500&quot; (milliseconds).</source>
        <translation>%1행: 대기는 &quot;wait 500&quot;(밀리초)처럼 작성하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="60"/>
        <source>A macro needs at least one command.</source>
        <translation>매크로에는 명령이 하나 이상 필요합니다.</translation>
    </message>
</context>
<context>
    <name>MacroBar</name>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="24"/>
        <source>Macros</source>
        <translation>매크로</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="34"/>
        <source>No macros yet: Macros ▸ New macro… makes a button that sends commands.</source>
        <translation>아직 매크로가 없습니다: 매크로 ▸ 새 매크로…에서 명령을 보내는 버튼을 만들 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="54"/>
        <source>%1

Click to send; click again while it runs to stop it. Right-click to edit.</source>
        <translation>%1

클릭하면 전송합니다. 실행 중에 다시 클릭하면 중지합니다. 편집하려면 마우스 오른쪽 버튼을 클릭하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="70"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="74"/>
        <location filename="../ui/terminal/MacroBar.cpp" line="91"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="89"/>
        <source>&amp;New macro…</source>
        <translation>새 매크로(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="90"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="100"/>
        <source>&amp;Import from file…</source>
        <translation>파일에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="101"/>
        <source>E&amp;xport to file…</source>
        <translation>파일로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="155"/>
        <source>Delete macro</source>
        <translation>매크로 삭제</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="155"/>
        <source>Delete the macro &quot;%1&quot;?</source>
        <translation>매크로 &quot;%1&quot;을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="165"/>
        <source>Macros imported from %1: %2.</source>
        <translation>%1에서 매크로를 가져왔습니다: %2.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="173"/>
        <source>Macros exported to %1: %2.</source>
        <translation>%1(으)로 매크로를 내보냈습니다: %2.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="181"/>
        <location filename="../ui/terminal/MacroBar.cpp" line="189"/>
        <source>Import macros</source>
        <translation>매크로 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="182"/>
        <location filename="../ui/terminal/MacroBar.cpp" line="196"/>
        <source>Macro files (*.json);;All files (*)</source>
        <translation>매크로 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroBar.cpp" line="195"/>
        <location filename="../ui/terminal/MacroBar.cpp" line="203"/>
        <source>Export macros</source>
        <translation>매크로 내보내기</translation>
    </message>
</context>
<context>
    <name>MacroEditor</name>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="20"/>
        <source>New macro</source>
        <translation>새 매크로</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="20"/>
        <source>Edit macro</source>
        <translation>매크로 편집</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="26"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="27"/>
        <source>&amp;Steps:</source>
        <translation>단계(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="28"/>
        <source>One command per line, sent after the reply to the one before. &quot;wait 500&quot; pauses for 500 ms.</source>
        <translation>한 줄에 명령 하나씩 입력하며, 이전 명령의 응답을 받은 후 전송됩니다. &quot;wait 500&quot;은 500 ms 동안 대기합니다.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="52"/>
        <source>Give the macro a name: it is the button&apos;s label.</source>
        <translation>매크로 이름을 입력하십시오. 버튼 레이블로 사용됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroEditor.cpp" line="54"/>
        <source>There is already a macro called &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;(이)라는 매크로가 이미 있습니다.</translation>
    </message>
</context>
<context>
    <name>MacroJson</name>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="91"/>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다: %2 (%3번째 문자).</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="98"/>
        <source>%1 is not an AT Studio macro file: it has no &quot;macros&quot; list.</source>
        <translation>%1은(는) AT Studio 매크로 파일이 아닙니다: &quot;macros&quot; 목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="103"/>
        <source>%1 is a &quot;%2&quot; file, not an AT Studio macro file.</source>
        <translation>%1은(는) AT Studio 매크로 파일이 아닌 &quot;%2&quot; 파일입니다.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="108"/>
        <source>%1 was written by a newer AT Studio (macro file version %2); this one reads version %3.</source>
        <translation>%1은(는) 최신 버전의 AT Studio에서 작성되었습니다(매크로 파일 버전 %2). 이 버전은 버전 %3을(를) 읽습니다.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="122"/>
        <source>%1: macro %2 has no name.</source>
        <translation>%1: 매크로 %2에 이름이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="127"/>
        <source>%1: macro &quot;%2&quot; has no steps.</source>
        <translation>%1: 매크로 &quot;%2&quot;에 단계가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/Macro.cpp" line="140"/>
        <source>%1: step %2 of macro &quot;%3&quot; needs a &quot;command&quot; text or a &quot;waitMs&quot; pause of 0 to %4 ms.</source>
        <translation>%1: 매크로 &quot;%3&quot;의 %2단계에는 &quot;command&quot; 텍스트 또는 0~%4 ms의 &quot;waitMs&quot; 대기가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>MacroRunner</name>
    <message>
        <location filename="../ui/terminal/MacroRunner.cpp" line="25"/>
        <source>Stopped.</source>
        <translation>중지되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroRunner.cpp" line="43"/>
        <source>Not connected to a module.</source>
        <translation>모듈에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroRunner.cpp" line="51"/>
        <source>Step %1 (%2): %3</source>
        <translation>%1단계(%2): %3</translation>
    </message>
</context>
<context>
    <name>MacroStore</name>
    <message>
        <location filename="../ui/terminal/MacroStore.cpp" line="17"/>
        <source>the saved macros</source>
        <translation>저장된 매크로</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroStore.cpp" line="80"/>
        <location filename="../ui/terminal/MacroStore.cpp" line="85"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroStore.cpp" line="96"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/terminal/MacroStore.cpp" line="100"/>
        <source>%1 is too large for a macro file (%2 bytes).</source>
        <translation>%1은(는) 매크로 파일로는 너무 큽니다(%2바이트).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>Terminal</source>
        <translation>터미널</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>AT Studio</source>
        <translation>AT Studio</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76"/>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>Sockets</source>
        <translation>소켓</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>GPIO</source>
        <translation>GPIO</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <source>Session log: %1</source>
        <translation>세션 로그: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="129"/>
        <source>The port is back: reconnected and re-synchronised.</source>
        <translation>포트가 복구되었습니다: 다시 연결하고 재동기화했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Open transcript…</source>
        <translation>트랜스크립트 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>Export session as &amp;transcript…</source>
        <translation>세션을 트랜스크립트로 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>Export session as plain te&amp;xt…</source>
        <translation>세션을 일반 텍스트로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>Text &amp;size</source>
        <translation>글자 크기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Large</source>
        <translation>크게</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Projector</source>
        <translation>프로젝터</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>Huge</source>
        <translation>매우 크게</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>The language changes when AT Studio starts again.</source>
        <translation>언어는 AT Studio를 다시 시작하면 변경됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>Connecting to %1 …</source>
        <translation>%1에 연결 중 …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="242"/>
        <source>Connecting to the virtual %1 (no hardware: a simulated module with real sockets on this computer).</source>
        <translation>가상 %1에 연결 중(하드웨어 없음: 이 컴퓨터에서 실제 소켓을 사용하는 시뮬레이션 모듈).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="250"/>
        <source>Choose a port and a module above, then Connect (or pick the virtual module to try things without hardware).</source>
        <translation>위에서 포트와 모듈을 선택한 후 연결을 누르십시오(하드웨어 없이 사용해 보려면 가상 모듈을 선택하십시오).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>No module is attached: opening the virtual WizFi360 so that you can try everything without hardware. Plug in a module and choose its port above for the real thing.</source>
        <translation>연결된 모듈이 없습니다: 하드웨어 없이 모든 기능을 사용해 볼 수 있도록 가상 WizFi360을 엽니다. 실제 모듈을 사용하려면 모듈을 연결하고 위에서 해당 포트를 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>Disconnected.</source>
        <translation>연결 해제되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="273"/>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="282"/>
        <source>Port lost, waiting for it to return…</source>
        <translation>포트가 끊어졌습니다. 복구를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <source>in %1 · out %2</source>
        <translation>수신 %1 · 송신 %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>Auto-detect needs a serial port: choose one above.</source>
        <translation>자동 감지에는 시리얼 포트가 필요합니다: 위에서 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source>There is no session log to export yet: connect to a module first.</source>
        <translation>아직 내보낼 세션 로그가 없습니다: 먼저 모듈에 연결하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Export session as plain text</source>
        <translation>세션을 일반 텍스트로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Export session as transcript</source>
        <translation>세션을 트랜스크립트로 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Text files (*.txt)</source>
        <translation>텍스트 파일 (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Transcripts (*.transcript)</source>
        <translation>트랜스크립트 (*.transcript)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>Session exported to %1.</source>
        <translation>세션을 %1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="354"/>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>Open transcript</source>
        <translation>트랜스크립트 열기</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>Transcripts (*.transcript);;All files (*)</source>
        <translation>트랜스크립트 (*.transcript);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="367"/>
        <source>%1, line %2: %3</source>
        <translation>%1, %2행: %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="369"/>
        <source>%1 holds no traffic.</source>
        <translation>%1에 통신 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <source>Replaying %1 as %2 (nothing is sent to a module).</source>
        <translation>%1을(를) %2(으)로 재생 중(모듈로는 아무것도 전송하지 않음).</translation>
    </message>
</context>
<context>
    <name>ModuleCli</name>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="51"/>
        <source>What to do (see above).</source>
        <translation>수행할 작업(위 참조).</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="53"/>
        <source>Serial port name or device path.</source>
        <translation>시리얼 포트 이름 또는 장치 경로.</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="53"/>
        <source>path</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="54"/>
        <source>Baud rate (default 115200).</source>
        <translation>보드레이트(기본값 115200).</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="54"/>
        <source>rate</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="57"/>
        <source>Module family of the port: wizfi310, wizfi360, wizfi250, pic32mzw1 or air602.</source>
        <translation>포트에 연결된 모듈 제품군: wizfi310, wizfi360, wizfi250, pic32mzw1 또는 air602.</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="59"/>
        <location filename="../app/cli/ModuleCommand.cpp" line="61"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="60"/>
        <source>Use the virtual module of this family instead.</source>
        <translation>대신 이 제품군의 가상 모듈을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="62"/>
        <source>Show every command and line on standard error.</source>
        <translation>모든 명령과 줄을 표준 오류에 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="63"/>
        <source>Network name (socket and mqtt: join it first).</source>
        <translation>네트워크 이름(socket 및 mqtt: 먼저 이 네트워크에 연결합니다).</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="64"/>
        <source>ssid</source>
        <translation>ssid</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="65"/>
        <source>Key or passphrase.</source>
        <translation>키 또는 패스프레이즈.</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="65"/>
        <source>key</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="67"/>
        <source>open, wep, wpa, wpa2, wpa-wpa2 or wpa3 (default wpa2, or open without a key).</source>
        <translation>open, wep, wpa, wpa2, wpa-wpa2 또는 wpa3(기본값 wpa2, 키가 없으면 open).</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="68"/>
        <source>type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="79"/>
        <source>unknown security &quot;%1&quot;.</source>
        <translation>알 수 없는 보안 유형 &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="118"/>
        <source>say what to do: %1.</source>
        <translation>수행할 작업을 지정하십시오: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="123"/>
        <source>give either --port (with --module) or --simulate.</source>
        <translation>--port(--module과 함께) 또는 --simulate 중 하나를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="127"/>
        <source>--port needs --module.</source>
        <translation>--port에는 --module이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/ModuleCommand.cpp" line="163"/>
        <source>could not open the connection.</source>
        <translation>연결을 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ModuleConnection</name>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="29"/>
        <source>Disconnected.</source>
        <translation>연결 해제되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="126"/>
        <source>No session log: %1</source>
        <translation>세션 로그 없음: %1</translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="250"/>
        <location filename="../core/engine/ModuleConnection.cpp" line="417"/>
        <source>Unknown module &quot;%1&quot;.</source>
        <translation>알 수 없는 모듈 &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="284"/>
        <source>virtual %1</source>
        <translation>가상 %1</translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="319"/>
        <source>Not connected to a module.</source>
        <translation>모듈에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/engine/ModuleConnection.cpp" line="421"/>
        <source>replay</source>
        <translation>재생</translation>
    </message>
</context>
<context>
    <name>ModuleStatus</name>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="22"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="24"/>
        <source>Firmware</source>
        <translation>펌웨어</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="26"/>
        <source>MAC address</source>
        <translation>MAC 주소</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="28"/>
        <source>Wi-Fi mode</source>
        <translation>Wi-Fi 모드</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="30"/>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="32"/>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="34"/>
        <source>BSSID</source>
        <translation>BSSID</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="36"/>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="38"/>
        <source>Signal</source>
        <translation>신호</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="40"/>
        <source>IP address</source>
        <translation>IP 주소</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="42"/>
        <source>Gateway</source>
        <translation>게이트웨이</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="44"/>
        <source>DNS servers</source>
        <translation>DNS 서버</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="46"/>
        <source>Open sockets</source>
        <translation>열린 소켓</translation>
    </message>
    <message>
        <location filename="../core/models/ModuleStatus.cpp" line="48"/>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
</context>
<context>
    <name>MqttMessagesModel</name>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="191"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="193"/>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="195"/>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
</context>
<context>
    <name>MqttPanel</name>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="73"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="75"/>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="76"/>
        <source>Disconnect</source>
        <translation>연결 해제</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="80"/>
        <location filename="../ui/panels/MqttPanel.cpp" line="174"/>
        <source>Subscribe</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="82"/>
        <source>Unsubscribe</source>
        <translation>구독 해제</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="88"/>
        <source>Retain</source>
        <translation>보존</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="89"/>
        <location filename="../ui/panels/MqttPanel.cpp" line="186"/>
        <source>Publish</source>
        <translation>발행</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="91"/>
        <source>Payload as hex</source>
        <translation>페이로드를 16진수로</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="100"/>
        <source>e.g. broker.example.com</source>
        <translation>예: broker.example.com</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="111"/>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="115"/>
        <location filename="../ui/panels/MqttPanel.cpp" line="267"/>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="117"/>
        <source>Show or hide the password</source>
        <translation>비밀번호를 표시하거나 숨깁니다</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="121"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="122"/>
        <source>off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="129"/>
        <source>e.g. sensors/+/temperature</source>
        <translation>예: sensors/+/temperature</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="136"/>
        <source>e.g. sensors/kitchen/temperature</source>
        <translation>예: sensors/kitchen/temperature</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="149"/>
        <source>Broker</source>
        <translation>브로커</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="152"/>
        <source>Host:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="158"/>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="159"/>
        <source>Client id:</source>
        <translation>클라이언트 ID:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="160"/>
        <source>User:</source>
        <translation>사용자:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="164"/>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="165"/>
        <source>Keep-alive:</source>
        <translation>Keep-alive:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="166"/>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="177"/>
        <location filename="../ui/panels/MqttPanel.cpp" line="189"/>
        <source>Topic:</source>
        <translation>토픽:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="183"/>
        <location filename="../ui/panels/MqttPanel.cpp" line="198"/>
        <source>QoS:</source>
        <translation>QoS:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="192"/>
        <source>Payload:</source>
        <translation>페이로드:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="216"/>
        <source>Subscriptions</source>
        <translation>구독 목록</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="229"/>
        <source>Received messages</source>
        <translation>수신한 메시지</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="234"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="267"/>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="346"/>
        <source>Connect to a module first.</source>
        <translation>먼저 모듈에 연결하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="353"/>
        <source>Connect over TLS (the module checks the broker&apos;s certificate).</source>
        <translation>TLS로 연결합니다(모듈이 브로커 인증서를 검증합니다).</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="364"/>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="377"/>
        <source>Connected to the broker.</source>
        <translation>브로커에 연결되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="377"/>
        <source>Not connected to a broker.</source>
        <translation>브로커에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="400"/>
        <source>A port is a number from 1 to 65535.</source>
        <translation>포트는 1에서 65535 사이의 숫자입니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="407"/>
        <source>Already connected: disconnect first to change the broker.</source>
        <translation>이미 연결되어 있습니다: 브로커를 변경하려면 먼저 연결을 해제하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="434"/>
        <source>Connect to the broker first.</source>
        <translation>먼저 브로커에 연결하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/panels/MqttPanel.cpp" line="443"/>
        <source>Select a subscription in the table.</source>
        <translation>표에서 구독을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>MqttService</name>
    <message>
        <location filename="../core/services/MqttService.cpp" line="51"/>
        <source>MQTT 3.1.1 brokers need accept only client ids of up to 23 bytes; this one is %1.</source>
        <translation>MQTT 3.1.1 브로커는 최대 23바이트의 클라이언트 ID만 허용해도 됩니다. 입력한 ID는 %1바이트입니다.</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="55"/>
        <source>Keep-alive is 0 to 65535 seconds.</source>
        <translation>keep-alive 시간은 0~65535초입니다.</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="79"/>
        <source>This module publishes at most %1 bytes at once; this is %2.</source>
        <translation>이 모듈은 한 번에 최대 %1바이트까지 발행합니다. 현재 %2바이트입니다.</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="87"/>
        <source>Connect to broker</source>
        <translation>브로커에 연결</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="105"/>
        <source>Connected to %1:%2.</source>
        <translation>%1:%2에 연결되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="111"/>
        <source>Disconnect from broker</source>
        <translation>브로커 연결 해제</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="118"/>
        <source>Disconnected from the broker.</source>
        <translation>브로커와의 연결이 해제되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="124"/>
        <source>Subscribe</source>
        <translation>구독</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="141"/>
        <source>%1 will be subscribed when the module connects.</source>
        <translation>모듈이 연결되면 %1을(를) 구독합니다.</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="149"/>
        <source>Subscribed to %1.</source>
        <translation>%1을(를) 구독했습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="155"/>
        <source>Unsubscribe</source>
        <translation>구독 해제</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="160"/>
        <source>%1 is not subscribed.</source>
        <translation>%1은(는) 구독되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="164"/>
        <source>%1 removed.</source>
        <translation>%1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="174"/>
        <source>Unsubscribed from %1.</source>
        <translation>%1 구독을 해제했습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="180"/>
        <source>Publish</source>
        <translation>발행</translation>
    </message>
    <message>
        <location filename="../core/services/MqttService.cpp" line="187"/>
        <source>Connect to the broker first.</source>
        <translation>먼저 브로커에 연결하십시오.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/services/MqttService.cpp" line="190"/>
        <source>Published %n byte(s) to %1.</source>
        <translation>
            <numerusform>%1에 %n바이트를 발행했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MqttSubscriptionsModel</name>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="90"/>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="92"/>
        <source>Subscribed</source>
        <translation>구독됨</translation>
    </message>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="94"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="107"/>
        <source>Topic</source>
        <translation>토픽</translation>
    </message>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="109"/>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <location filename="../core/models/MqttModels.cpp" line="111"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>Pic32mzw1Dialect</name>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Dialect.cpp" line="21"/>
        <source>Microchip PIC32MZW1 (WFI32) AnyCloud</source>
        <translation>Microchip PIC32MZW1 (WFI32) AnyCloud</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Dialect.cpp" line="239"/>
        <source>The command failed</source>
        <translation>명령이 실패했습니다</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="12"/>
        <source>General Error</source>
        <translation>일반 오류</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="13"/>
        <source>Invalid AT Command</source>
        <translation>잘못된 AT 명령</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="14"/>
        <source>Unknown AT Command</source>
        <translation>알 수 없는 AT 명령</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="15"/>
        <source>Invalid Parameter</source>
        <translation>잘못된 매개변수</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="16"/>
        <source>Incorrect Number of Parameters</source>
        <translation>매개변수 개수가 올바르지 않음</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="17"/>
        <source>Configuration Update Blocked</source>
        <translation>설정 업데이트가 차단됨</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="18"/>
        <source>Configuration Access Failed</source>
        <translation>설정 접근 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="19"/>
        <source>Wi-Fi Request Failed</source>
        <translation>Wi-Fi 요청 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="20"/>
        <source>STA Not Connected</source>
        <translation>STA 연결되지 않음</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="21"/>
        <source>Socket ID Not Found</source>
        <translation>소켓 ID를 찾을 수 없음</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="22"/>
        <source>No Free Sockets</source>
        <translation>사용 가능한 소켓 없음</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="23"/>
        <source>Invalid Socket Protocol</source>
        <translation>잘못된 소켓 프로토콜</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="24"/>
        <source>Socket Close Failed</source>
        <translation>소켓 닫기 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="25"/>
        <source>Socket Bind Failed</source>
        <translation>소켓 바인드 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="26"/>
        <source>Socket TLS Failed</source>
        <translation>소켓 TLS 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="27"/>
        <source>Socket Connect Failed</source>
        <translation>소켓 연결 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="28"/>
        <source>Socket Send Failed</source>
        <translation>소켓 전송 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="29"/>
        <source>Socket Set Option Failed</source>
        <translation>소켓 옵션 설정 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="30"/>
        <source>Socket Destination Not Set</source>
        <translation>소켓 목적지가 설정되지 않음</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="31"/>
        <source>Length Mismatch</source>
        <translation>길이 불일치</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="32"/>
        <source>STA Disconnect Not Permitted</source>
        <translation>STA 연결 해제가 허용되지 않음</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="33"/>
        <source>STA Disconnect Failed</source>
        <translation>STA 연결 해제 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="34"/>
        <source>STA Connection Not Permitted</source>
        <translation>STA 연결이 허용되지 않음</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="35"/>
        <source>STA Connection Failed</source>
        <translation>STA 연결 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="36"/>
        <source>Soft AP Stop Not Permitted</source>
        <translation>소프트 AP 중지가 허용되지 않음</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="37"/>
        <source>Soft AP Stop Failed</source>
        <translation>소프트 AP 중지 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="38"/>
        <source>Soft AP Start Not Permitted</source>
        <translation>소프트 AP 시작이 허용되지 않음</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="39"/>
        <source>Soft AP Start Failed</source>
        <translation>소프트 AP 시작 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="40"/>
        <source>Provisioning Soft AP Stop Not Permitted</source>
        <translation>프로비저닝 소프트 AP 중지가 허용되지 않음</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="41"/>
        <source>Provisioning Soft AP Stop Failed</source>
        <translation>프로비저닝 소프트 AP 중지 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="42"/>
        <source>Provisioning Soft AP Start Not Permitted</source>
        <translation>프로비저닝 소프트 AP 시작이 허용되지 않음</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="43"/>
        <source>Provisioning Soft AP Start Failed</source>
        <translation>프로비저닝 소프트 AP 시작 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="44"/>
        <source>WPS Stop Not Permitted</source>
        <translation>WPS 중지가 허용되지 않음</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="45"/>
        <source>WPS Stop Failed</source>
        <translation>WPS 중지 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="46"/>
        <source>WPS Start Not Permitted</source>
        <translation>WPS 시작이 허용되지 않음</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="47"/>
        <source>WPS Start Failed</source>
        <translation>WPS 시작 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="48"/>
        <source>Unsupported Security Type</source>
        <translation>지원되지 않는 보안 유형</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="49"/>
        <source>Invalid Security Parameters</source>
        <translation>잘못된 보안 매개변수</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="50"/>
        <source>OTA In Progress</source>
        <translation>OTA 진행 중</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="51"/>
        <source>Unsupported File Transfer Protocol</source>
        <translation>지원되지 않는 파일 전송 프로토콜</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="52"/>
        <source>DNS Type Not Supported</source>
        <translation>지원되지 않는 DNS 유형</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="53"/>
        <source>DNS Query Timeout</source>
        <translation>DNS 조회 시간 초과</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="54"/>
        <source>Ping Failed</source>
        <translation>Ping 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="55"/>
        <source>Network Error</source>
        <translation>네트워크 오류</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="56"/>
        <source>Multicast Error</source>
        <translation>멀티캐스트 오류</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="57"/>
        <source>Time Error</source>
        <translation>시간 오류</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="58"/>
        <source>MQTT Error</source>
        <translation>MQTT 오류</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1Errors.cpp" line="63"/>
        <source>Unknown error %1</source>
        <translation>알 수 없는 오류 %1</translation>
    </message>
</context>
<context>
    <name>Pic32mzw1DialectCatalog</name>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="25"/>
        <source>Turns character echo off.</source>
        <translation>문자 에코를 끕니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="27"/>
        <source>Turns character echo on.</source>
        <translation>문자 에코를 켭니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="31"/>
        <source>Reads or sets the scan configuration (1 probe wait time, 2 passive listen time).</source>
        <translation>스캔 설정(1 프로브 대기 시간, 2 수동 수신 시간)을 읽거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="36"/>
        <source>Starts an active scan of one channel or of all (255); results arrive as +WSCNIND.</source>
        <translation>한 채널 또는 전체 채널(255)의 능동 스캔을 시작합니다. 결과는 +WSCNIND로 수신됩니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="41"/>
        <source>Starts a passive scan of one channel or of all (255); results arrive as +WSCNIND.</source>
        <translation>한 채널 또는 전체 채널(255)의 수동 스캔을 시작합니다. 결과는 +WSCNIND로 수신됩니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="47"/>
        <source>Reads or sets the station configuration (SSID, security, credentials, channel, NTP).</source>
        <translation>스테이션 설정(SSID, 보안, 자격 증명, 채널, NTP)을 읽거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="52"/>
        <source>Shows the station state, or connects (1) or disconnects (0) it.</source>
        <translation>스테이션 상태를 표시하거나, 연결(1) 또는 연결 해제(0)합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="56"/>
        <source>Reads or sets the soft AP configuration (SSID, security, credentials, channel, hidden).</source>
        <translation>소프트 AP 설정(SSID, 보안, 자격 증명, 채널, 숨김)을 읽거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="61"/>
        <source>Shows the soft AP state, or starts (1) or stops (0) it.</source>
        <translation>소프트 AP 상태를 표시하거나, 시작(1) 또는 중지(0)합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="66"/>
        <source>Reads or sets the MQTT configuration (broker, port, client ID, user name, TLS).</source>
        <translation>MQTT 설정(브로커, 포트, 클라이언트 ID, 사용자 이름, TLS)을 읽거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="71"/>
        <source>Connects to the MQTT broker or shows the connection status.</source>
        <translation>MQTT 브로커에 연결하거나 연결 상태를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="75"/>
        <source>Subscribes to an MQTT topic.</source>
        <translation>MQTT 토픽을 구독합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="77"/>
        <source>Unsubscribes from an MQTT topic.</source>
        <translation>MQTT 토픽 구독을 해제합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="79"/>
        <source>Publishes a message to an MQTT topic.</source>
        <translation>MQTT 토픽에 메시지를 발행합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="81"/>
        <source>Disconnects from the MQTT broker.</source>
        <translation>MQTT 브로커와의 연결을 해제합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="84"/>
        <source>Creates a UDP (1) or TCP (2) socket.</source>
        <translation>UDP(1) 또는 TCP(2) 소켓을 생성합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="87"/>
        <source>Closes a socket.</source>
        <translation>소켓을 닫습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="89"/>
        <source>Binds a socket to a local port to listen (TCP) or receive (UDP).</source>
        <translation>수신 대기(TCP) 또는 수신(UDP)을 위해 소켓을 로컬 포트에 바인드합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="93"/>
        <source>Binds a socket to a remote address: connects (TCP) or sets the destination (UDP).</source>
        <translation>소켓을 원격 주소에 바인드합니다: 연결(TCP)하거나 목적지를 설정(UDP)합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="98"/>
        <source>Binds a UDP socket to a multicast group.</source>
        <translation>UDP 소켓을 멀티캐스트 그룹에 바인드합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="101"/>
        <source>Upgrades a TCP socket to TLS with a +TLSC configuration.</source>
        <translation>+TLSC 설정으로 TCP 소켓을 TLS로 업그레이드합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="105"/>
        <source>Lists the open sockets, or one of them.</source>
        <translation>열린 소켓 목록 또는 그중 하나를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="108"/>
        <source>Sends data on a socket, as a string or in binary mode.</source>
        <translation>소켓으로 데이터를 문자열 또는 바이너리 모드로 전송합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="112"/>
        <source>Sends data on a UDP socket to a given address.</source>
        <translation>UDP 소켓으로 지정한 주소에 데이터를 전송합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="115"/>
        <source>Reads received data from a socket as a string (1) or binary (2).</source>
        <translation>소켓에서 수신한 데이터를 문자열(1) 또는 바이너리(2)로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="119"/>
        <source>Reads or sets a TLS configuration (certificates, key, server name).</source>
        <translation>TLS 설정(인증서, 키, 서버 이름)을 읽거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="123"/>
        <source>Resolves a domain name (A or AAAA record); the result arrives as +DNSRESOLV.</source>
        <translation>도메인 이름(A 또는 AAAA 레코드)을 조회합니다. 결과는 +DNSRESOLV로 수신됩니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="128"/>
        <source>Pings an IP address or a domain name.</source>
        <translation>IP 주소 또는 도메인 이름으로 ping을 보냅니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="131"/>
        <source>Shows the manufacturer identification.</source>
        <translation>제조사 정보를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="134"/>
        <source>Shows the model identification.</source>
        <translation>모델 정보를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="136"/>
        <source>Shows the revision identification (chip, firmware and driver versions).</source>
        <translation>리비전 정보(칩, 펌웨어, 드라이버 버전)를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="142"/>
        <source>Checks that the module answers (firmware, not in the manual).</source>
        <translation>모듈이 응답하는지 확인합니다(펌웨어 기능, 매뉴얼에 없음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1DialectCatalog.cpp" line="146"/>
        <source>Sets the verbosity of result codes, 0-5; 5 gives ERROR:&lt;code&gt;,&quot;&lt;text&gt;&quot; (firmware, not in the manual).</source>
        <translation>결과 코드의 상세 수준(0-5)을 설정합니다. 5는 ERROR:&lt;code&gt;,&quot;&lt;text&gt;&quot;를 반환합니다(펌웨어 기능, 매뉴얼에 없음).</translation>
    </message>
</context>
<context>
    <name>Pic32mzw1MqttCommands</name>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1MqttCommands.cpp" line="118"/>
        <source>the connection to the broker failed: %1.</source>
        <translation>브로커 연결에 실패했습니다: %1.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1MqttCommands.cpp" line="135"/>
        <source>The PIC32MZW1 subscribes while connected only; the topic is subscribed at the next connect.</source>
        <translation>PIC32MZW1은 연결된 동안에만 구독할 수 있습니다. 다음에 연결할 때 이 토픽을 구독합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1MqttCommands.cpp" line="143"/>
        <source>The PIC32MZW1 unsubscribes while connected only.</source>
        <translation>PIC32MZW1은 연결된 동안에만 구독을 해제할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1MqttCommands.cpp" line="146"/>
        <source>the broker refused to unsubscribe from %1 (%2).</source>
        <translation>브로커가 %1 구독 해제를 거부했습니다(%2).</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1MqttCommands.cpp" line="154"/>
        <source>The PIC32MZW1 publishes while connected only.</source>
        <translation>PIC32MZW1은 연결된 동안에만 발행할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1MqttCommands.cpp" line="162"/>
        <source>The message does not fit in the PIC32MZW1&apos;s 511-character command line: at most %1 bytes of printable text or %2 bytes of other data with this topic.</source>
        <translation>메시지가 PIC32MZW1의 511자 명령줄에 들어가지 않습니다: 이 토픽으로는 출력 가능한 텍스트는 최대 %1바이트, 기타 데이터는 최대 %2바이트까지 보낼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Pic32mzw1SocketCommands</name>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1SocketCommands.cpp" line="96"/>
        <source>The PIC32MZW1 AnyCloud firmware has no transparent (data) mode.</source>
        <translation>PIC32MZW1 AnyCloud 펌웨어에는 투명(데이터) 모드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1SocketCommands.cpp" line="137"/>
        <source>A UDP socket needs a local port or a peer.</source>
        <translation>UDP 소켓에는 로컬 포트 또는 상대방이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1SocketCommands.cpp" line="178"/>
        <source>%1 bytes do not fit in one datagram of the PIC32MZW1&apos;s 511-character command line; this data fits %2 bytes a datagram.</source>
        <translation>%1바이트는 PIC32MZW1의 511자 명령줄로 보내는 데이터그램 하나에 들어가지 않습니다. 이 데이터는 데이터그램당 %2바이트까지 들어갑니다.</translation>
    </message>
</context>
<context>
    <name>Pic32mzw1WifiCommands</name>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="131"/>
        <source>Open</source>
        <translation>개방</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="143"/>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="146"/>
        <source>Unknown (%1)</source>
        <translation>알 수 없음(%1)</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="157"/>
        <source>The PIC32MZW1 joins open, WPA-PSK and WPA2-PSK networks only (WEP is not supported, manual §5.2).</source>
        <translation>PIC32MZW1은 개방, WPA-PSK, WPA2-PSK 네트워크에만 연결합니다(WEP는 지원되지 않음, 매뉴얼 §5.2).</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="161"/>
        <source>The PIC32MZW1 manual has no way to join one access point by its BSSID.</source>
        <translation>PIC32MZW1 매뉴얼에는 BSSID로 특정 액세스 포인트에 연결하는 방법이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="163"/>
        <source>The PIC32MZW1 manual documents DHCP addressing only.</source>
        <translation>PIC32MZW1 매뉴얼에는 DHCP 주소 지정만 설명되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="201"/>
        <source>The PIC32MZW1 soft AP runs open, WPA-PSK or WPA2-PSK networks only.</source>
        <translation>PIC32MZW1 소프트 AP는 개방, WPA-PSK 또는 WPA2-PSK 네트워크만 운영합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/pic32mzw1/Pic32mzw1WifiCommands.cpp" line="203"/>
        <source>The soft AP channel must be 1 to 13.</source>
        <translation>소프트 AP 채널은 1~13이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>PipeTransport</name>
    <message>
        <location filename="../core/transport/PipeTransport.cpp" line="45"/>
        <source>The virtual module has gone away.</source>
        <translation>가상 모듈이 종료되었습니다.</translation>
    </message>
</context>
<context>
    <name>PtyTransport</name>
    <message>
        <location filename="../core/transport/PtyTransport.cpp" line="34"/>
        <source>Cannot create a pseudo-terminal: %1</source>
        <translation>의사 터미널을 생성할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../core/transport/PtyTransport.cpp" line="71"/>
        <source>Cannot create the link %1 to %2.</source>
        <translation>%2을(를) 가리키는 링크 %1을(를) 생성할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ScanResultsModel</name>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="30"/>
        <source>(hidden)</source>
        <translation>(숨김)</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="36"/>
        <location filename="../core/models/ScanResultsModel.cpp" line="40"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="40"/>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="46"/>
        <source>The access point does not broadcast its name.</source>
        <translation>이 액세스 포인트는 이름을 브로드캐스트하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="58"/>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="60"/>
        <source>BSSID</source>
        <translation>BSSID</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="62"/>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="64"/>
        <source>Signal</source>
        <translation>신호</translation>
    </message>
    <message>
        <location filename="../core/models/ScanResultsModel.cpp" line="66"/>
        <source>Security</source>
        <translation>보안</translation>
    </message>
</context>
<context>
    <name>SendBox</name>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="29"/>
        <source>Send</source>
        <translation>전송</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="33"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="34"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="35"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="42"/>
        <source>Text to send</source>
        <translation>전송할 텍스트</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="45"/>
        <source>No line ending</source>
        <translation>줄 끝 문자 없음</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="46"/>
        <source>CR LF</source>
        <translation>CR LF</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="47"/>
        <source>LF</source>
        <translation>LF</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="48"/>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="50"/>
        <source>Line ending:</source>
        <translation>줄 끝 문자:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="56"/>
        <source>Hex bytes, e.g. 48 65 6C 6C 6F 0D 0A</source>
        <translation>16진수 바이트, 예: 48 65 6C 6C 6F 0D 0A</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="64"/>
        <location filename="../ui/panels/SendBox.cpp" line="207"/>
        <source>File to send</source>
        <translation>전송할 파일</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="65"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="74"/>
        <source> time(s)</source>
        <translation>회</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="82"/>
        <source>Repeat:</source>
        <translation>반복:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="129"/>
        <source>&quot;%1&quot; is not a hex digit.</source>
        <translation>&quot;%1&quot;은(는) 16진수 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="134"/>
        <source>Hex bytes are two digits each; one digit is missing.</source>
        <translation>16진수 바이트는 각각 두 자리입니다. 한 자리가 부족합니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="156"/>
        <source>Choose a file to send.</source>
        <translation>전송할 파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="158"/>
        <source>There is no file %1.</source>
        <translation>%1 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="160"/>
        <source>The file is %1 bytes; at most %2 are sent at once.</source>
        <translation>파일 크기는 %1바이트입니다. 한 번에 최대 %2바이트까지 전송합니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="166"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/SendBox.cpp" line="174"/>
        <location filename="../ui/panels/SendBox.cpp" line="198"/>
        <source>There is nothing to send.</source>
        <translation>전송할 데이터가 없습니다.</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="58"/>
        <source>%1 does not accept the settings %2 baud %3: %4</source>
        <translation>%1이(가) 설정(%2 보드레이트, %3)을 지원하지 않습니다: %4</translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="111"/>
        <source>%1 does not exist (unplugged?).</source>
        <translation>%1이(가) 존재하지 않습니다(분리되었습니까?).</translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="114"/>
        <source>Permission denied on %1: it is in use by another program, or your user may not open serial ports. Add yourself to the dialout group (sudo usermod -aG dialout $USER) and log in again.</source>
        <translation>%1에 대한 권한이 거부되었습니다: 다른 프로그램이 사용 중이거나, 현재 사용자에게 시리얼 포트를 열 권한이 없습니다. dialout 그룹에 사용자를 추가(sudo usermod -aG dialout $USER)한 후 다시 로그인하십시오.</translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="121"/>
        <source>%1 is already open.</source>
        <translation>%1이(가) 이미 열려 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="123"/>
        <source>%1 went away (unplugged or the driver reset).</source>
        <translation>%1이(가) 사라졌습니다(분리되었거나 드라이버가 리셋됨).</translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="127"/>
        <source>Writing to %1 failed: %2</source>
        <translation>%1에 쓰기 실패: %2</translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="130"/>
        <source>Reading from %1 failed: %2</source>
        <translation>%1에서 읽기 실패: %2</translation>
    </message>
    <message>
        <location filename="../core/transport/SerialTransport.cpp" line="133"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <location filename="../core/log/SessionExport.cpp" line="19"/>
        <location filename="../core/log/SessionExport.cpp" line="25"/>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="116"/>
        <source>Could not create the log directory %1.</source>
        <translation>로그 디렉터리 %1을(를) 생성할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="135"/>
        <source>The session log could not start: %1.</source>
        <translation>세션 로그를 시작할 수 없습니다: %1.</translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="168"/>
        <source>could not create %1: %2</source>
        <translation>%1을(를) 생성할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="184"/>
        <location filename="../core/log/SessionLog.cpp" line="301"/>
        <location filename="../core/log/SessionLog.cpp" line="327"/>
        <location filename="../core/log/SessionLog.cpp" line="344"/>
        <source>could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="199"/>
        <source>the file was deleted or moved</source>
        <translation>파일이 삭제되었거나 이동되었습니다</translation>
    </message>
    <message>
        <location filename="../core/log/SessionLog.cpp" line="377"/>
        <source>The session log stopped: %1. Traffic from %2 s on is not in the log.</source>
        <translation>세션 로그가 중지되었습니다: %1. %2초 이후의 통신 내용은 로그에 없습니다.</translation>
    </message>
</context>
<context>
    <name>SimMqtt</name>
    <message>
        <location filename="../core/sim/SimMqtt.cpp" line="54"/>
        <source>cannot create an MQTT client</source>
        <translation>MQTT 클라이언트를 생성할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>SimSockets</name>
    <message>
        <location filename="../core/sim/SimSockets.cpp" line="70"/>
        <source>No route to host (the virtual module reaches this computer only).</source>
        <translation>호스트로 가는 경로가 없습니다(가상 모듈은 이 컴퓨터에만 연결할 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>SocketCommands</name>
    <message>
        <location filename="../core/dialects/commands/SocketCommands.cpp" line="13"/>
        <source>This module has no data mode.</source>
        <translation>이 모듈에는 데이터 모드가 없습니다.</translation>
    </message>
</context>
<context>
    <name>SocketService</name>
    <message>
        <location filename="../core/services/SocketService.cpp" line="70"/>
        <source>This module has %1 sockets and all are in use: close one first.</source>
        <translation>이 모듈의 소켓 %1개가 모두 사용 중입니다. 먼저 하나를 닫으십시오.</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="77"/>
        <source>Open socket</source>
        <translation>소켓 열기</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="80"/>
        <location filename="../core/services/SocketService.cpp" line="163"/>
        <location filename="../core/services/SocketService.cpp" line="176"/>
        <source>Connect to a module first.</source>
        <translation>먼저 모듈에 연결하십시오.</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="93"/>
        <source>The module opened a socket but did not say its number.</source>
        <translation>모듈이 소켓을 열었지만 소켓 번호를 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="116"/>
        <source>Socket %1 listens on port %2.</source>
        <translation>소켓 %1이(가) 포트 %2에서 수신 대기 중입니다.</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="117"/>
        <source>Socket %1 is open to %2:%3.</source>
        <translation>소켓 %1이(가) %2:%3(으)로 열렸습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="126"/>
        <source>Send</source>
        <translation>전송</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="129"/>
        <location filename="../core/services/SocketService.cpp" line="193"/>
        <source>Socket %1 is not open.</source>
        <translation>소켓 %1이(가) 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="131"/>
        <source>There is nothing to send.</source>
        <translation>전송할 데이터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="133"/>
        <source>Send at least once.</source>
        <translation>전송 횟수는 1회 이상이어야 합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/services/SocketService.cpp" line="155"/>
        <source>Sent %n byte(s) on socket %1.</source>
        <translation>
            <numerusform>소켓 %1(으)로 %n바이트를 전송했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="161"/>
        <source>Close socket</source>
        <translation>소켓 닫기</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="168"/>
        <source>Socket %1 closed.</source>
        <translation>소켓 %1을(를) 닫았습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="174"/>
        <source>Close all sockets</source>
        <translation>모든 소켓 닫기</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="183"/>
        <source>Every socket closed.</source>
        <translation>모든 소켓을 닫았습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="189"/>
        <source>Enter data mode</source>
        <translation>데이터 모드 진입</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="203"/>
        <source>Socket %1 is in data mode: every byte goes to the peer.</source>
        <translation>소켓 %1이(가) 데이터 모드입니다. 모든 바이트가 상대방에게 전송됩니다.</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="22"/>
        <location filename="../core/services/SocketService.cpp" line="211"/>
        <source>Leave data mode</source>
        <translation>데이터 모드 종료</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="23"/>
        <source>Socket %1 left data mode: the module takes commands again.</source>
        <translation>소켓 %1이(가) 데이터 모드를 종료했습니다. 모듈이 다시 명령을 받습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/SocketService.cpp" line="289"/>
        <source>Read socket %1</source>
        <translation>소켓 %1 읽기</translation>
    </message>
</context>
<context>
    <name>SocketsModel</name>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="113"/>
        <source>Opening</source>
        <translation>여는 중</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="115"/>
        <source>Open</source>
        <translation>열림</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="117"/>
        <source>Listening</source>
        <translation>수신 대기 중</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="119"/>
        <source>Data mode</source>
        <translation>데이터 모드</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="121"/>
        <source>Closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="130"/>
        <source>TCP client</source>
        <translation>TCP 클라이언트</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="132"/>
        <source>TCP server</source>
        <translation>TCP 서버</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="134"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="136"/>
        <source>TLS client</source>
        <translation>TLS 클라이언트</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="163"/>
        <source>accepted by %1</source>
        <translation>소켓 %1에서 수락됨</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="187"/>
        <source>Socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="189"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="191"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="193"/>
        <source>Peer</source>
        <translation>상대방</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="195"/>
        <source>Bytes in</source>
        <translation>수신 바이트</translation>
    </message>
    <message>
        <location filename="../core/models/SocketsModel.cpp" line="197"/>
        <source>Bytes out</source>
        <translation>송신 바이트</translation>
    </message>
</context>
<context>
    <name>SocketsPanel</name>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="64"/>
        <source>Open in data (transparent) mode</source>
        <translation>데이터(투명) 모드로 열기</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="65"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="67"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="68"/>
        <source>Close all</source>
        <translation>모두 닫기</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="69"/>
        <source>Remove closed</source>
        <translation>닫힌 소켓 제거</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="70"/>
        <source>Enter data mode</source>
        <translation>데이터 모드 진입</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="71"/>
        <source>Leave data mode</source>
        <translation>데이터 모드 종료</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="72"/>
        <location filename="../ui/panels/SocketsPanel.cpp" line="387"/>
        <source>Send</source>
        <translation>전송</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="74"/>
        <location filename="../ui/panels/SocketsPanel.cpp" line="386"/>
        <source>Received</source>
        <translation>수신 데이터</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="85"/>
        <source>e.g. 192.168.1.10 or example.com</source>
        <translation>예: 192.168.1.10 또는 example.com</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="88"/>
        <source>1-65535</source>
        <translation>1-65535</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="91"/>
        <source>any</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="108"/>
        <source>TCP client</source>
        <translation>TCP 클라이언트</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="109"/>
        <source>TCP server</source>
        <translation>TCP 서버</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="110"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="111"/>
        <source>TLS client</source>
        <translation>TLS 클라이언트</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="120"/>
        <source>Open a socket</source>
        <translation>소켓 열기</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="123"/>
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="124"/>
        <source>Host:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="126"/>
        <source>Local port:</source>
        <translation>로컬 포트:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="155"/>
        <source>Sockets</source>
        <translation>소켓</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="271"/>
        <location filename="../ui/panels/SocketsPanel.cpp" line="272"/>
        <location filename="../ui/panels/SocketsPanel.cpp" line="355"/>
        <source>Connect to a module first.</source>
        <translation>먼저 모듈에 연결하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="300"/>
        <source>A server listens on the module&apos;s own address.</source>
        <translation>서버는 모듈 자체 주소에서 수신 대기합니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="301"/>
        <source>Listen port:</source>
        <translation>수신 대기 포트:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="301"/>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="305"/>
        <source>Empty or 0: the module picks one.</source>
        <translation>비워 두거나 0이면 모듈이 포트를 선택합니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="306"/>
        <source>Only a UDP socket takes its own local port here.</source>
        <translation>여기서는 UDP 소켓만 자체 로컬 포트를 지정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="332"/>
        <location filename="../ui/panels/SocketsPanel.cpp" line="338"/>
        <source>Enter the port as a number.</source>
        <translation>포트를 숫자로 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="359"/>
        <location filename="../ui/panels/SocketsPanel.cpp" line="399"/>
        <source>Leave data mode first: the module takes no commands meanwhile.</source>
        <translation>먼저 데이터 모드를 종료하십시오: 데이터 모드 중에는 모듈이 명령을 받지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="382"/>
        <source>Received on socket %1</source>
        <translation>소켓 %1에서 수신한 데이터</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="383"/>
        <source>Send on socket %1</source>
        <translation>소켓 %1로 전송</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="404"/>
        <source>Select a socket in the table.</source>
        <translation>표에서 소켓을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="406"/>
        <source>Socket %1 is closed.</source>
        <translation>소켓 %1이(가) 닫혀 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="408"/>
        <source>A listening socket has no peer: select a connection it accepted.</source>
        <translation>수신 대기 소켓에는 상대방이 없습니다: 이 소켓이 수락한 연결을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="410"/>
        <source>Socket %1 is still opening.</source>
        <translation>소켓 %1을(를) 아직 여는 중입니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="418"/>
        <source>Select an open socket in the table.</source>
        <translation>표에서 열린 소켓을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="431"/>
        <source>Every byte sent and received goes straight to and from the peer.</source>
        <translation>송수신하는 모든 바이트가 상대방과 그대로 오갑니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="432"/>
        <source>Select an open socket with a peer, not in data mode.</source>
        <translation>데이터 모드가 아니면서 상대방이 있는 열린 소켓을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/panels/SocketsPanel.cpp" line="434"/>
        <source>No socket is in data mode.</source>
        <translation>데이터 모드인 소켓이 없습니다.</translation>
    </message>
</context>
<context>
    <name>StatusService</name>
    <message>
        <location filename="../core/services/StatusService.cpp" line="98"/>
        <location filename="../core/services/StatusService.cpp" line="142"/>
        <source>Not connected.</source>
        <translation>연결되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="104"/>
        <source>The connection came back: reading again.</source>
        <translation>연결이 복구되었습니다: 다시 읽는 중입니다.</translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="106"/>
        <source>The module restarted: reading again.</source>
        <translation>모듈이 재시작되었습니다: 다시 읽는 중입니다.</translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="110"/>
        <location filename="../core/services/StatusService.cpp" line="136"/>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="145"/>
        <source>The connection was lost: waiting for it to come back.</source>
        <translation>연결이 끊어졌습니다: 복구를 기다리는 중입니다.</translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="241"/>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="276"/>
        <source>%1 gave no value.</source>
        <translation>%1이(가) 값을 반환하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/StatusService.cpp" line="305"/>
        <source>the module&apos;s message &quot;%1&quot;</source>
        <translation>모듈 메시지 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>TcpTransport</name>
    <message>
        <location filename="../core/transport/TcpTransport.cpp" line="19"/>
        <source>The serial server %1:%2 closed the connection.</source>
        <translation>시리얼 서버 %1:%2가 연결을 종료했습니다.</translation>
    </message>
    <message>
        <location filename="../core/transport/TcpTransport.cpp" line="29"/>
        <source>Serial server %1:%2: %3</source>
        <translation>시리얼 서버 %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>TerminalView</name>
    <message>
        <location filename="../ui/TerminalView.cpp" line="52"/>
        <source>Send</source>
        <translation>전송</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="109"/>
        <source>Not connected: choose a port (or the virtual module) above and connect, then send.</source>
        <translation>연결되지 않음: 위에서 포트(또는 가상 모듈)를 선택하고 연결한 후 전송하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="156"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="162"/>
        <location filename="../ui/TerminalView.cpp" line="169"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="163"/>
        <source>Stop adding rows to the view; they are held back (and logged) until you resume</source>
        <translation>보기에 행 추가를 중지합니다. 재개할 때까지 행은 보류되며 로그에는 기록됩니다</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="169"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="173"/>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="173"/>
        <source>Keep the newest row in view</source>
        <translation>최신 행을 항상 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="180"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="180"/>
        <source>Show the bytes of every row as a hex dump</source>
        <translation>모든 행의 바이트를 16진수 덤프로 표시합니다</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="185"/>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="185"/>
        <source>Find in the terminal</source>
        <translation>터미널에서 찾기</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="187"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="187"/>
        <source>Copy the selected rows as text</source>
        <translation>선택한 행을 텍스트로 복사합니다</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="189"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="189"/>
        <source>Clear the view (the session log keeps everything)</source>
        <translation>보기를 지웁니다(세션 로그에는 모두 남아 있음)</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="195"/>
        <source>Select all</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="337"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="355"/>
        <source>Macro &quot;%1&quot; stopped: %2</source>
        <translation>매크로 &quot;%1&quot; 중지됨: %2</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="436"/>
        <source>No session log yet: it starts when you connect.</source>
        <translation>아직 세션 로그가 없습니다: 연결하면 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="437"/>
        <source>Session log: %1</source>
        <translation>세션 로그: %1</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="440"/>
        <source>Everything sent and received is written to the session log; the terminal shows the newest %L1 rows.</source>
        <translation>송수신한 모든 내용은 세션 로그에 기록됩니다. 터미널에는 최신 %L1개 행이 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="445"/>
        <source>%1 rows</source>
        <translation>%1개 행</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="447"/>
        <source>Paused, held back: %1</source>
        <translation>일시 정지됨, 보류: %1</translation>
    </message>
    <message>
        <location filename="../ui/TerminalView.cpp" line="450"/>
        <source> · %1 older ones only in the session log</source>
        <translation> · 이전 행 %1개는 세션 로그에만 있음</translation>
    </message>
</context>
<context>
    <name>TrafficFormatter</name>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="66"/>
        <source>cut, length %1: the hex view shows all</source>
        <translation>잘림, 길이 %1: Hex 보기에서 모두 표시됨</translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="115"/>
        <source>echo</source>
        <translation>에코</translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="118"/>
        <source>noise</source>
        <translation>노이즈</translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="121"/>
        <source>prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="128"/>
        <source>data, length %1</source>
        <translation>데이터, 길이 %1</translation>
    </message>
    <message>
        <location filename="../ui/terminal/TrafficFormatter.cpp" line="181"/>
        <source>payload, length %1</source>
        <translation>페이로드, 길이 %1</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <location filename="../ui/terminal/TrafficModel.cpp" line="199"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../core/log/Transcript.cpp" line="31"/>
        <source>backslash at end of line</source>
        <translation>줄 끝에 백슬래시가 있음</translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="54"/>
        <source>\x needs exactly two hex digits; taken as written</source>
        <translation>\x 뒤에는 16진수 두 자리가 필요합니다. 입력한 그대로 처리함</translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="66"/>
        <source>unknown escape \%1; taken as written</source>
        <translation>알 수 없는 이스케이프 \%1. 입력한 그대로 처리함</translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="145"/>
        <source>bad time stamp</source>
        <translation>잘못된 타임스탬프</translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="156"/>
        <source>line does not start with &lt;&lt; or &gt;&gt;; skipped</source>
        <translation>줄이 &lt;&lt; 또는 &gt;&gt;로 시작하지 않음. 건너뜀</translation>
    </message>
    <message>
        <location filename="../core/log/Transcript.cpp" line="164"/>
        <source>no space after the direction marker</source>
        <translation>방향 표시 뒤에 공백이 없음</translation>
    </message>
</context>
<context>
    <name>WifiCommands</name>
    <message>
        <location filename="../core/dialects/commands/WifiCommands.cpp" line="27"/>
        <location filename="../core/dialects/commands/WifiCommands.cpp" line="96"/>
        <source>Open</source>
        <translation>개방</translation>
    </message>
</context>
<context>
    <name>WifiPanel</name>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="40"/>
        <source>Connect to a module first.</source>
        <translation>먼저 모듈에 연결하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="98"/>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="111"/>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="112"/>
        <source>Network:</source>
        <translation>네트워크:</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="113"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="284"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="355"/>
        <source>IP address:</source>
        <translation>IP 주소:</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="114"/>
        <source>Signal:</source>
        <translation>신호:</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="120"/>
        <source>Networks in range</source>
        <translation>범위 내 네트워크</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="122"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="624"/>
        <source>Scan</source>
        <translation>스캔</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="126"/>
        <source>Filter by name, BSSID or security</source>
        <translation>이름, BSSID 또는 보안으로 필터링</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="150"/>
        <source>Click a network to fill in the join form.</source>
        <translation>네트워크를 클릭하면 연결 양식이 채워집니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="174"/>
        <source>This session only</source>
        <translation>이번 세션만</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="175"/>
        <source>Save to flash</source>
        <translation>플래시에 저장</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="176"/>
        <source>Keep settings:</source>
        <translation>설정 유지:</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="206"/>
        <source>Join a network (station)</source>
        <translation>네트워크 연결(스테이션)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="221"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="315"/>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="232"/>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="235"/>
        <source>Static</source>
        <translation>고정</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="252"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="255"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="258"/>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="261"/>
        <source>Join</source>
        <translation>네트워크 연결</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="264"/>
        <source>Leave</source>
        <translation>네트워크 연결 해제</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="280"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="351"/>
        <source>SSID:</source>
        <translation>SSID:</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="281"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="353"/>
        <source>Security:</source>
        <translation>보안:</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="282"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="354"/>
        <source>Key:</source>
        <translation>키:</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="283"/>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="285"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="356"/>
        <source>Netmask:</source>
        <translation>서브넷 마스크:</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="286"/>
        <source>Gateway:</source>
        <translation>게이트웨이:</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="287"/>
        <source>DNS 1:</source>
        <translation>DNS 1:</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="288"/>
        <source>DNS 2:</source>
        <translation>DNS 2:</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="297"/>
        <source>Access point (soft AP)</source>
        <translation>액세스 포인트(소프트 AP)</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="333"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="335"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="352"/>
        <source>Channel:</source>
        <translation>채널:</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="395"/>
        <source>The Wi-Fi commands of this module are not supported yet.</source>
        <translation>이 모듈의 Wi-Fi 명령은 아직 지원되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="417"/>
        <source>This module&apos;s commands take the address from DHCP only.</source>
        <translation>이 모듈의 명령은 DHCP로만 주소를 받습니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="421"/>
        <source>This module&apos;s join commands do not set DNS servers.</source>
        <translation>이 모듈의 연결 명령으로는 DNS 서버를 설정할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="537"/>
        <location filename="../ui/panels/WifiPanel.cpp" line="545"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="543"/>
        <source>not available on this module</source>
        <translation>이 모듈에서는 사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="547"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="555"/>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="558"/>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="561"/>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="567"/>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <location filename="../ui/panels/WifiPanel.cpp" line="624"/>
        <source>Scanning…</source>
        <translation>스캔 중…</translation>
    </message>
</context>
<context>
    <name>WifiService</name>
    <message>
        <location filename="../core/services/WifiService.cpp" line="35"/>
        <source>This module takes WPA keys of %1 to %2 characters.</source>
        <translation>이 모듈의 WPA 키는 %1~%2자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="41"/>
        <source>This module takes WEP keys of these lengths only: %1.</source>
        <translation>이 모듈은 다음 길이의 WEP 키만 받습니다: %1.</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="51"/>
        <source>A BSSID is six hex pairs separated by colons.</source>
        <translation>BSSID는 콜론으로 구분된 16진수 두 자리 6쌍입니다.</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="74"/>
        <source>This module&apos;s access point uses channels %1 to %2.</source>
        <translation>이 모듈의 액세스 포인트는 채널 %1~%2번을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="84"/>
        <source>Scan</source>
        <translation>스캔</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="88"/>
        <source>Connect to a module first.</source>
        <translation>먼저 모듈에 연결하십시오.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/services/WifiService.cpp" line="115"/>
        <source>Found %n access point(s).</source>
        <translation>
            <numerusform>액세스 포인트 %n개를 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="121"/>
        <source>Join</source>
        <translation>네트워크 연결</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="129"/>
        <source>Joined %1.</source>
        <translation>%1에 연결되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="136"/>
        <source>Leave</source>
        <translation>네트워크 연결 해제</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="140"/>
        <source>Left the network.</source>
        <translation>네트워크 연결을 해제했습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="145"/>
        <source>Start access point</source>
        <translation>액세스 포인트 시작</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="153"/>
        <source>Access point %1 is up.</source>
        <translation>액세스 포인트 %1이(가) 시작되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="160"/>
        <source>Stop access point</source>
        <translation>액세스 포인트 중지</translation>
    </message>
    <message>
        <location filename="../core/services/WifiService.cpp" line="164"/>
        <source>Access point stopped.</source>
        <translation>액세스 포인트를 중지했습니다.</translation>
    </message>
</context>
<context>
    <name>Wizfi250Dialect</name>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Dialect.cpp" line="61"/>
        <source>WIZnet WizFi250</source>
        <translation>WIZnet WizFi250</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="213"/>
        <source>Command request failed</source>
        <translation>명령 요청 실패</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="215"/>
        <source>Wrong command or parameter</source>
        <translation>잘못된 명령 또는 매개변수</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="217"/>
        <source>Wrong socket ID</source>
        <translation>잘못된 소켓 ID</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="219"/>
        <source>Wrong Wi-Fi status (some commands work only while Wi-Fi is joined)</source>
        <translation>잘못된 Wi-Fi 상태(일부 명령은 Wi-Fi에 연결된 상태에서만 동작함)</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="223"/>
        <source>Wrong mode status (some commands do not work in data mode)</source>
        <translation>잘못된 모드 상태(일부 명령은 데이터 모드에서 동작하지 않음)</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250Parse.cpp" line="225"/>
        <source>Module error: %1</source>
        <translation>모듈 오류: %1</translation>
    </message>
</context>
<context>
    <name>Wizfi250DialectCatalog</name>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="25"/>
        <source>Checks the AT command terminal.</source>
        <translation>AT 명령 터미널을 확인합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="29"/>
        <source>Joins the configured access point (station) or starts the soft AP.</source>
        <translation>설정된 액세스 포인트에 연결(스테이션)하거나 소프트 AP를 시작합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="33"/>
        <source>Leaves the access point or stops the soft AP.</source>
        <translation>액세스 포인트 연결을 해제하거나 소프트 AP를 중지합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="36"/>
        <source>Scans for access points; SSID, BSSID and channel are optional filters.</source>
        <translation>액세스 포인트를 스캔합니다. SSID, BSSID, 채널은 선택적 필터입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="40"/>
        <source>Sets or shows the Wi-Fi mode (0 station, 1 soft AP), SSID, BSSID and channel.</source>
        <translation>Wi-Fi 모드(0 스테이션, 1 소프트 AP), SSID, BSSID, 채널을 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="45"/>
        <source>Sets or shows the security type and key.</source>
        <translation>보안 유형과 키를 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="48"/>
        <source>Sets or shows DHCP or the static IP address, subnet mask and gateway.</source>
        <translation>DHCP 또는 고정 IP 주소, 서브넷 마스크, 게이트웨이를 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="52"/>
        <source>Shows the current Wi-Fi status.</source>
        <translation>현재 Wi-Fi 상태를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="54"/>
        <source>Sets or shows the country code (ISO 3166-1 alpha-2).</source>
        <translation>국가 코드(ISO 3166-1 alpha-2)를 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="58"/>
        <source>Connects with WPS by push button (0) or PIN (1).</source>
        <translation>푸시 버튼(0) 또는 PIN(1) 방식의 WPS로 연결합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="62"/>
        <source>Sets or shows the antenna type.</source>
        <translation>안테나 유형을 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="64"/>
        <source>Starts Wi-Fi Direct.</source>
        <translation>Wi-Fi Direct를 시작합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="66"/>
        <source>Stops Wi-Fi Direct.</source>
        <translation>Wi-Fi Direct를 중지합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="68"/>
        <source>Shows the Wi-Fi Direct peer list.</source>
        <translation>Wi-Fi Direct 피어 목록을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="70"/>
        <source>Invites a Wi-Fi Direct peer.</source>
        <translation>Wi-Fi Direct 피어를 초대합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="72"/>
        <source>Checks the Wi-Fi link with pings and re-associates when it fails.</source>
        <translation>ping으로 Wi-Fi 링크를 확인하고, 실패하면 다시 연결합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="76"/>
        <source>Adds DNS servers.</source>
        <translation>DNS 서버를 추가합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="81"/>
        <source>Opens a TCP/UDP client or server socket, or shows the last parameters.</source>
        <translation>TCP/UDP 클라이언트 또는 서버 소켓을 열거나, 마지막 매개변수를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="85"/>
        <source>Closes a socket (or ALL), or lists the open sockets.</source>
        <translation>소켓(또는 ALL)을 닫거나, 열린 소켓 목록을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="89"/>
        <source>Sends &lt;SendSize&gt; bytes on a socket in command mode.</source>
        <translation>명령 모드에서 소켓으로 &lt;SendSize&gt;바이트를 전송합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="92"/>
        <source>Returns to data mode.</source>
        <translation>데이터 모드로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="95"/>
        <source>Sets or shows the header form of data received in command mode.</source>
        <translation>명령 모드에서 수신한 데이터의 헤더 형식을 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="99"/>
        <source>Sets a miscellaneous option: 10 is the &apos;+++&apos; escape timer.</source>
        <translation>기타 옵션을 설정합니다: 10은 &apos;+++&apos; 이스케이프 타이머입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="104"/>
        <source>Shows, loads or saves the profile (VD, VG, L, S).</source>
        <translation>프로필(VD, VG, L, S)을 표시하거나 불러오거나 저장합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="108"/>
        <source>Performs a factory reset.</source>
        <translation>공장 초기화를 수행합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="110"/>
        <source>Performs a system reset.</source>
        <translation>시스템 리셋을 수행합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="112"/>
        <source>Sets or shows the message print level.</source>
        <translation>메시지 출력 레벨을 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="115"/>
        <source>Sets or shows the MAC address.</source>
        <translation>MAC 주소를 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="117"/>
        <source>Shows the firmware and hardware versions.</source>
        <translation>펌웨어 및 하드웨어 버전을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="120"/>
        <source>Sets or shows the echo mode.</source>
        <translation>에코 모드를 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="122"/>
        <source>Prints the command descriptions and their usage.</source>
        <translation>명령 설명과 사용법을 출력합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="126"/>
        <source>Enables or disables MCU power save; the serial port is unusable while it is on.</source>
        <translation>MCU 절전을 활성화하거나 비활성화합니다. 켜져 있는 동안에는 시리얼 포트를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="131"/>
        <source>Enables, disables or shows Wi-Fi power save.</source>
        <translation>Wi-Fi 절전을 활성화, 비활성화 또는 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="134"/>
        <source>Changes or shows the web server&apos;s user ID and password.</source>
        <translation>웹 서버의 사용자 ID와 비밀번호를 변경하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="138"/>
        <source>Sets or shows the UART configuration.</source>
        <translation>UART 설정을 변경하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="140"/>
        <source>Sets or shows the host interface (UART or SPI) and the SPI option.</source>
        <translation>호스트 인터페이스(UART 또는 SPI)와 SPI 옵션을 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="144"/>
        <source>Custom GPIO setting; the guide marks it TBD.</source>
        <translation>사용자 정의 GPIO 설정입니다. 가이드에는 TBD로 표시되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="147"/>
        <source>Sets or shows the custom code.</source>
        <translation>사용자 정의 코드를 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="149"/>
        <source>Configures or shows the Air Command server (AT commands over Wi-Fi).</source>
        <translation>Air Command 서버(Wi-Fi를 통한 AT 명령)를 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="153"/>
        <source>Sets whether [LISTEN x] is printed when a TCP server socket opens.</source>
        <translation>TCP 서버 소켓이 열릴 때 [LISTEN x]를 출력할지 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="157"/>
        <source>Sets or shows the form of each event message.</source>
        <translation>각 이벤트 메시지의 형식을 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="161"/>
        <source>Pings an IP address.</source>
        <translation>IP 주소로 ping을 보냅니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="163"/>
        <source>Resolves a host name (DNS query).</source>
        <translation>호스트 이름을 조회합니다(DNS 쿼리).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="165"/>
        <source>Starts or stops the web server, or shows its status.</source>
        <translation>웹 서버를 시작 또는 중지하거나, 상태를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="171"/>
        <source>Reads (0), writes (1) or configures (2) a GPIO, or shows all GPIO settings.</source>
        <translation>GPIO를 읽기(0), 쓰기(1) 또는 설정(2)하거나, 모든 GPIO 설정을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="176"/>
        <source>Sets or shows the socket extension options.</source>
        <translation>소켓 확장 옵션을 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="179"/>
        <source>Launches OTA mode to update the firmware over Wi-Fi.</source>
        <translation>Wi-Fi로 펌웨어를 업데이트하는 OTA 모드를 실행합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="183"/>
        <source>Web server option; the guide marks it TBD.</source>
        <translation>웹 서버 옵션입니다. 가이드에는 TBD로 표시되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="187"/>
        <source>Sets or shows an SSID that contains special characters (firmware, not in the manual).</source>
        <translation>특수 문자가 포함된 SSID를 설정하거나 표시합니다(펌웨어 기능, 매뉴얼에 없음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="192"/>
        <source>Sets or shows the transmit power, 0-31 dBm (firmware, not in the manual).</source>
        <translation>송신 출력(0-31 dBm)을 설정하거나 표시합니다(펌웨어 기능, 매뉴얼에 없음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="197"/>
        <source>Sets or shows the MQTT user name, password, client ID and keep-alive time (firmware, not in the manual).</source>
        <translation>MQTT 사용자 이름, 비밀번호, 클라이언트 ID, keep-alive 시간을 설정하거나 표시합니다(펌웨어 기능, 매뉴얼에 없음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="202"/>
        <source>Connects to (1) or disconnects from (0) an MQTT broker, or shows the status (firmware, not in the manual).</source>
        <translation>MQTT 브로커에 연결(1) 또는 연결 해제(0)하거나, 상태를 표시합니다(펌웨어 기능, 매뉴얼에 없음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="207"/>
        <source>Subscribes to (1) or unsubscribes from (0) an MQTT topic (firmware, not in the manual).</source>
        <translation>MQTT 토픽을 구독(1)하거나 구독 해제(0)합니다(펌웨어 기능, 매뉴얼에 없음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250DialectCatalog.cpp" line="212"/>
        <source>Publishes &lt;Length&gt; bytes to an MQTT topic (firmware, not in the manual).</source>
        <translation>MQTT 토픽에 &lt;Length&gt;바이트를 발행합니다(펌웨어 기능, 매뉴얼에 없음).</translation>
    </message>
</context>
<context>
    <name>Wizfi250GpioCommands</name>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250GpioCommands.cpp" line="86"/>
        <source>The module did not list GPIO %1.</source>
        <translation>모듈의 GPIO 목록에 GPIO %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>Wizfi250SocketCommands</name>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="98"/>
        <source>The WizFi250 opens a socket in data mode only when no other socket is open. Close the others first.</source>
        <translation>WizFi250은 다른 소켓이 열려 있지 않을 때만 데이터 모드로 소켓을 엽니다. 먼저 다른 소켓을 닫으십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="101"/>
        <source>All 8 sockets of the WizFi250 are in use.</source>
        <translation>WizFi250의 소켓 8개가 모두 사용 중입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="107"/>
        <source>A TCP server needs the port to listen on.</source>
        <translation>TCP 서버에는 수신 대기할 포트가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="112"/>
        <source>Listening on port %1</source>
        <translation>포트 %1에서 수신 대기</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="128"/>
        <source>A UDP socket without a peer needs a local port to listen on.</source>
        <translation>상대방이 없는 UDP 소켓에는 수신 대기할 로컬 포트가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="131"/>
        <source>UDP on port %1</source>
        <translation>포트 %1의 UDP</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="136"/>
        <source>The peer&apos;s port is missing.</source>
        <translation>상대방 포트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="152"/>
        <source>The module found no address for %1.</source>
        <translation>모듈이 %1의 주소를 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="159"/>
        <source>&quot;%1&quot; is neither an IPv4 address nor a host name.</source>
        <translation>&quot;%1&quot;은(는) IPv4 주소도 호스트 이름도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="166"/>
        <source>Connecting to %1:%2</source>
        <translation>%1:%2에 연결 중</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250SocketCommands.cpp" line="174"/>
        <source>Nothing to send.</source>
        <translation>전송할 데이터가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Wizfi250WifiCommands</name>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="141"/>
        <source>The BSSID is not six hex bytes (xx:xx:xx:xx:xx:xx).</source>
        <translation>BSSID가 16진수 6바이트(xx:xx:xx:xx:xx:xx) 형식이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="148"/>
        <source>Static addressing needs an IPv4 address, netmask and gateway.</source>
        <translation>고정 주소를 사용하려면 IPv4 주소, 서브넷 마스크, 게이트웨이가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="153"/>
        <source>A DNS server must be an IPv4 address.</source>
        <translation>DNS 서버는 IPv4 주소여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="156"/>
        <source>Give the first DNS server before the second.</source>
        <translation>두 번째 DNS 서버보다 첫 번째 DNS 서버를 먼저 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="196"/>
        <source>The module did not join &quot;%1&quot;. Check the key and the security type, and that the network is in range.</source>
        <translation>모듈이 &quot;%1&quot;에 연결하지 못했습니다. 키와 보안 유형을 확인하고, 네트워크가 범위 안에 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="217"/>
        <source>The WizFi250&apos;s soft AP has no WEP.</source>
        <translation>WizFi250의 소프트 AP는 WEP를 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="219"/>
        <source>The WizFi250&apos;s soft AP offers Open, WPA-PSK and WPA2-PSK.</source>
        <translation>WizFi250의 소프트 AP는 개방, WPA-PSK, WPA2-PSK를 지원합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="221"/>
        <source>The channel must be between 1 and 14.</source>
        <translation>채널은 1에서 14 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi250/Wizfi250WifiCommands.cpp" line="223"/>
        <source>The soft AP needs an IPv4 address and netmask.</source>
        <translation>소프트 AP에는 IPv4 주소와 서브넷 마스크가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Wizfi310Dialect</name>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="53"/>
        <source>WIZnet WizFi310</source>
        <translation>WIZnet WizFi310</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="269"/>
        <source>Command request failed.</source>
        <translation>명령 요청이 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="271"/>
        <source>Wrong command or parameter.</source>
        <translation>잘못된 명령 또는 매개변수입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="273"/>
        <source>Wrong socket ID.</source>
        <translation>잘못된 소켓 ID입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="275"/>
        <source>Wrong Wi-Fi status: the command works only while Wi-Fi is joined.</source>
        <translation>잘못된 Wi-Fi 상태: 이 명령은 Wi-Fi에 연결된 상태에서만 동작합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="278"/>
        <source>Wrong mode status: the command does not work in data mode.</source>
        <translation>잘못된 모드 상태: 이 명령은 데이터 모드에서 동작하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310Dialect.cpp" line="280"/>
        <source>The module reported an error: %1</source>
        <translation>모듈이 오류를 보고했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Wizfi310DialectCatalog</name>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="23"/>
        <source>Checks the AT command terminal.</source>
        <translation>AT 명령 터미널을 확인합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="27"/>
        <source>Joins the configured access point (station) or starts the soft AP.</source>
        <translation>설정된 액세스 포인트에 연결(스테이션)하거나 소프트 AP를 시작합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="31"/>
        <source>Leaves the access point or stops the soft AP.</source>
        <translation>액세스 포인트 연결을 해제하거나 소프트 AP를 중지합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="34"/>
        <source>Scans for access points; SSID, BSSID and channel are optional filters.</source>
        <translation>액세스 포인트를 스캔합니다. SSID, BSSID, 채널은 선택적 필터입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="38"/>
        <source>Sets or shows the Wi-Fi mode (0 station, 1 soft AP), SSID, BSSID and channel.</source>
        <translation>Wi-Fi 모드(0 스테이션, 1 소프트 AP), SSID, BSSID, 채널을 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="43"/>
        <source>Sets or shows an SSID that contains special characters.</source>
        <translation>특수 문자가 포함된 SSID를 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="47"/>
        <source>Sets or shows the security type and key.</source>
        <translation>보안 유형과 키를 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="50"/>
        <source>Sets or shows DHCP or the static IP address, subnet mask and gateway.</source>
        <translation>DHCP 또는 고정 IP 주소, 서브넷 마스크, 게이트웨이를 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="54"/>
        <source>Shows the current Wi-Fi status.</source>
        <translation>현재 Wi-Fi 상태를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="56"/>
        <source>Connects with WPS by push button (0) or PIN (1).</source>
        <translation>푸시 버튼(0) 또는 PIN(1) 방식의 WPS로 연결합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="60"/>
        <source>Adds DNS servers.</source>
        <translation>DNS 서버를 추가합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="65"/>
        <source>Opens a TCP/UDP client or server socket, or shows the last parameters.</source>
        <translation>TCP/UDP 클라이언트 또는 서버 소켓을 열거나, 마지막 매개변수를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="69"/>
        <source>Closes a socket (or ALL), or lists the open sockets.</source>
        <translation>소켓(또는 ALL)을 닫거나, 열린 소켓 목록을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="73"/>
        <source>Sends &lt;SendSize&gt; bytes on a socket in command mode.</source>
        <translation>명령 모드에서 소켓으로 &lt;SendSize&gt;바이트를 전송합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="76"/>
        <source>Returns to data mode.</source>
        <translation>데이터 모드로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="79"/>
        <source>Sets or shows the header form of data received in command mode.</source>
        <translation>명령 모드에서 수신한 데이터의 헤더 형식을 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="83"/>
        <source>Sets a socket option (keep-alive, TCP_NODELAY, TTL...).</source>
        <translation>소켓 옵션(keep-alive, TCP_NODELAY, TTL...)을 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="87"/>
        <source>Sets a miscellaneous option: 10 is the &apos;+++&apos; escape timer.</source>
        <translation>기타 옵션을 설정합니다: 10은 &apos;+++&apos; 이스케이프 타이머입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="92"/>
        <source>Shows, loads or saves the profile (VD, VG, L, S).</source>
        <translation>프로필(VD, VG, L, S)을 표시하거나 불러오거나 저장합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="96"/>
        <source>Performs a factory reset.</source>
        <translation>공장 초기화를 수행합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="98"/>
        <source>Performs a system reset.</source>
        <translation>시스템 리셋을 수행합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="100"/>
        <source>Sets or shows the message print level.</source>
        <translation>메시지 출력 레벨을 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="103"/>
        <source>Sets or shows the MAC address.</source>
        <translation>MAC 주소를 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="105"/>
        <source>Shows the firmware and hardware versions.</source>
        <translation>펌웨어 및 하드웨어 버전을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="108"/>
        <source>Sets or shows the echo mode.</source>
        <translation>에코 모드를 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="110"/>
        <source>Prints the command descriptions and their usage.</source>
        <translation>명령 설명과 사용법을 출력합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="114"/>
        <source>MCU power save; the manual says it is currently not available.</source>
        <translation>MCU 절전입니다. 매뉴얼에 따르면 현재 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="118"/>
        <source>Enables, disables or shows Wi-Fi power save.</source>
        <translation>Wi-Fi 절전을 활성화, 비활성화 또는 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="121"/>
        <source>Sets or shows the UART configuration.</source>
        <translation>UART 설정을 변경하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="123"/>
        <source>Sets or shows the custom code.</source>
        <translation>사용자 정의 코드를 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="125"/>
        <source>Configures or shows the Air Command server (AT commands over Wi-Fi).</source>
        <translation>Air Command 서버(Wi-Fi를 통한 AT 명령)를 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="129"/>
        <source>Sets whether [LISTEN x] is printed when a TCP server socket opens.</source>
        <translation>TCP 서버 소켓이 열릴 때 [LISTEN x]를 출력할지 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="133"/>
        <source>Sets or shows the form of each event message.</source>
        <translation>각 이벤트 메시지의 형식을 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="136"/>
        <source>Upgrades the firmware over the serial port (XMODEM).</source>
        <translation>시리얼 포트로 펌웨어를 업그레이드합니다(XMODEM).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="141"/>
        <source>Pings an IP address.</source>
        <translation>IP 주소로 ping을 보냅니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="143"/>
        <source>Resolves a host name (DNS query).</source>
        <translation>호스트 이름을 조회합니다(DNS 쿼리).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="149"/>
        <source>Initialises a GPIO as input (0) or output (1), reads (2) or writes (3) it, or lists the available GPIOs.</source>
        <translation>GPIO를 입력(0) 또는 출력(1)으로 초기화하거나, 읽기(2) 또는 쓰기(3)하거나, 사용 가능한 GPIO 목록을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="154"/>
        <source>Reads the ADC value.</source>
        <translation>ADC 값을 읽습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="156"/>
        <source>Sets or shows the socket extension options.</source>
        <translation>소켓 확장 옵션을 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="159"/>
        <source>Launches OTA mode to update the firmware from a server.</source>
        <translation>서버에서 펌웨어를 업데이트하는 OTA 모드를 실행합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="164"/>
        <source>Sets or shows the MQTT user name, password, client ID and keep-alive time.</source>
        <translation>MQTT 사용자 이름, 비밀번호, 클라이언트 ID, keep-alive 시간을 설정하거나 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="169"/>
        <source>Connects to or disconnects from an MQTT broker, or shows the connection status.</source>
        <translation>MQTT 브로커에 연결하거나 연결을 해제하거나, 연결 상태를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="174"/>
        <source>Subscribes to (1) or unsubscribes from (0) an MQTT topic.</source>
        <translation>MQTT 토픽을 구독(1)하거나 구독 해제(0)합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="178"/>
        <source>Publishes &lt;Length&gt; bytes to an MQTT topic.</source>
        <translation>MQTT 토픽에 &lt;Length&gt;바이트를 발행합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="184"/>
        <source>Configures and connects or disconnects GMMP (SK Telecom M2M).</source>
        <translation>GMMP(SK텔레콤 M2M)를 설정하고 연결하거나 연결을 해제합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="188"/>
        <source>Sets or sends GMMP data.</source>
        <translation>GMMP 데이터를 설정하거나 전송합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="190"/>
        <source>Manages the GMMP options.</source>
        <translation>GMMP 옵션을 관리합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="194"/>
        <source>Connects to or disconnects from ThingPlug with its authorisation data.</source>
        <translation>인증 데이터로 ThingPlug에 연결하거나 연결을 해제합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="199"/>
        <source>Registers or deletes the device on ThingPlug.</source>
        <translation>ThingPlug에 장치를 등록하거나 삭제합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="202"/>
        <source>Creates or deletes a ThingPlug container.</source>
        <translation>ThingPlug 컨테이너를 생성하거나 삭제합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="205"/>
        <source>Sends data to ThingPlug.</source>
        <translation>ThingPlug로 데이터를 전송합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="207"/>
        <source>Registers or deletes a management command on ThingPlug.</source>
        <translation>ThingPlug에 관리 명령을 등록하거나 삭제합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310DialectCatalog.cpp" line="211"/>
        <source>Answers a ThingPlug management command.</source>
        <translation>ThingPlug 관리 명령에 응답합니다.</translation>
    </message>
</context>
<context>
    <name>Wizfi310GpioCommands</name>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310GpioCommands.cpp" line="69"/>
        <source>An output pin takes no pull resistor.</source>
        <translation>출력 핀에는 풀업/풀다운 저항을 설정할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310GpioCommands.cpp" line="88"/>
        <source>The module did not answer with a level (0 or 1).</source>
        <translation>모듈이 레벨(0 또는 1)로 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310GpioCommands.cpp" line="100"/>
        <source>The WizFi310 has one ADC input.</source>
        <translation>WizFi310에는 ADC 입력이 하나뿐입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310GpioCommands.cpp" line="105"/>
        <source>The module did not answer with an ADC reading.</source>
        <translation>모듈이 ADC 측정값으로 응답하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Wizfi310MqttCommands</name>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="59"/>
        <source>user name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="60"/>
        <source>password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="61"/>
        <source>client ID</source>
        <translation>클라이언트 ID</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="67"/>
        <source>The WizFi310 takes at most 50 characters for the %1.</source>
        <translation>WizFi310의 %1은(는) 최대 50자입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="70"/>
        <source>The WizFi310 takes a keep-alive of 30 to 300 seconds.</source>
        <translation>WizFi310의 keep-alive 시간은 30~300초입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="73"/>
        <source>The WizFi310 has no setting for a persistent session (clean session off).</source>
        <translation>WizFi310에는 지속 세션(clean session 끄기) 설정이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="75"/>
        <source>The broker must be an IPv4 address or a host name.</source>
        <translation>브로커는 IPv4 주소 또는 호스트 이름이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="101"/>
        <source>The module did not resolve &quot;%1&quot;.</source>
        <translation>모듈이 &quot;%1&quot;을(를) 조회하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="136"/>
        <source>The WizFi310 subscribes with QoS 0 only.</source>
        <translation>WizFi310은 QoS 0으로만 구독합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="155"/>
        <source>The topic contains a control character.</source>
        <translation>토픽에 제어 문자가 포함되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="157"/>
        <source>The WizFi310 publishes with QoS 0 only.</source>
        <translation>WizFi310은 QoS 0으로만 발행합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="159"/>
        <source>The WizFi310 cannot publish retained messages.</source>
        <translation>WizFi310은 보존 메시지를 발행할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310MqttCommands.cpp" line="162"/>
        <source>The WizFi310 cannot publish an empty message (the length is at least 1).</source>
        <translation>WizFi310은 빈 메시지를 발행할 수 없습니다(길이는 1 이상이어야 함).</translation>
    </message>
</context>
<context>
    <name>Wizfi310SocketCommands</name>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="93"/>
        <source>The WizFi310 has data mode on one socket only, with no other socket open: close the other sockets first.</source>
        <translation>WizFi310은 다른 소켓이 열려 있지 않을 때 한 소켓에서만 데이터 모드를 사용할 수 있습니다: 먼저 다른 소켓을 닫으십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="99"/>
        <source>The host must be an IPv4 address or a name without commas or spaces.</source>
        <translation>호스트는 IPv4 주소이거나 쉼표나 공백이 없는 이름이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="103"/>
        <source>A WizFi310 server needs a port to listen on: port 0 is an error.</source>
        <translation>WizFi310 서버에는 수신 대기할 포트가 필요합니다: 포트 0은 오류입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="194"/>
        <source>The module could not open a connection to %1 (it closed socket %2 at once).</source>
        <translation>모듈이 %1에 연결을 열지 못했습니다(소켓 %2을(를) 즉시 닫았습니다).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="201"/>
        <source>Socket %1 to %2 closed right after it opened.</source>
        <translation>%2에 대한 소켓 %1이(가) 열린 직후 닫혔습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="219"/>
        <source>There is nothing to send.</source>
        <translation>전송할 데이터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="256"/>
        <source>Socket %1 is not open.</source>
        <translation>소켓 %1이(가) 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310SocketCommands.cpp" line="260"/>
        <source>Socket %1 was not opened in data mode: the WizFi310 enters data mode only on a socket opened with the data mode option.</source>
        <translation>소켓 %1은(는) 데이터 모드로 열리지 않았습니다: WizFi310은 데이터 모드 옵션으로 연 소켓에서만 데이터 모드로 진입합니다.</translation>
    </message>
</context>
<context>
    <name>Wizfi310WifiCommands</name>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="151"/>
        <source>WPA2-Enterprise</source>
        <translation>WPA2-Enterprise</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="163"/>
        <source>The WizFi310 joins Open, WEP, WPA-PSK and WPA2-PSK networks only.</source>
        <translation>WizFi310은 개방, WEP, WPA-PSK, WPA2-PSK 네트워크에만 연결합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="168"/>
        <source>The BSSID is not six hex bytes (xx:xx:xx:xx:xx:xx).</source>
        <translation>BSSID가 16진수 6바이트(xx:xx:xx:xx:xx:xx) 형식이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="171"/>
        <source>The WizFi310 takes a network name with commas, quotes or non-ASCII characters only through AT+WSET2, which has no BSSID field: leave the BSSID empty.</source>
        <translation>WizFi310은 쉼표, 따옴표 또는 비ASCII 문자가 포함된 네트워크 이름을 AT+WSET2로만 받는데, 이 명령에는 BSSID 필드가 없습니다: BSSID를 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="179"/>
        <source>Static addressing needs an IPv4 address, netmask and gateway.</source>
        <translation>고정 주소를 사용하려면 IPv4 주소, 서브넷 마스크, 게이트웨이가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="184"/>
        <source>A DNS server must be an IPv4 address.</source>
        <translation>DNS 서버는 IPv4 주소여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="187"/>
        <source>Give the first DNS server before the second.</source>
        <translation>두 번째 DNS 서버보다 첫 번째 DNS 서버를 먼저 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="227"/>
        <source>The module did not join &quot;%1&quot;. Check the key and the security type, and that the network is in range.</source>
        <translation>모듈이 &quot;%1&quot;에 연결하지 못했습니다. 키와 보안 유형을 확인하고, 네트워크가 범위 안에 있는지 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="252"/>
        <source>The WizFi310&apos;s soft AP has no WEP.</source>
        <translation>WizFi310의 소프트 AP는 WEP를 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="254"/>
        <source>The WizFi310&apos;s soft AP offers Open, WPA-PSK and WPA2-PSK.</source>
        <translation>WizFi310의 소프트 AP는 개방, WPA-PSK, WPA2-PSK를 지원합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="256"/>
        <source>The channel must be between 1 and 13.</source>
        <translation>채널은 1에서 13 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="259"/>
        <source>The WizFi310 takes a network name with commas, quotes or non-ASCII characters only through AT+WSET2, which has no channel field: the soft AP then runs on its default channel 6.</source>
        <translation>WizFi310은 쉼표, 따옴표 또는 비ASCII 문자가 포함된 네트워크 이름을 AT+WSET2로만 받는데, 이 명령에는 채널 필드가 없습니다: 이 경우 소프트 AP는 기본 채널 6에서 동작합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi310/Wizfi310WifiCommands.cpp" line="263"/>
        <source>The soft AP needs an IPv4 address and netmask.</source>
        <translation>소프트 AP에는 IPv4 주소와 서브넷 마스크가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Wizfi360Dialect</name>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Detect.cpp" line="61"/>
        <source>ESP-AT module</source>
        <translation>ESP-AT 모듈</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="42"/>
        <source>WIZnet WizFi360</source>
        <translation>WIZnet WizFi360</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="413"/>
        <source>AT command input error or execution error.</source>
        <translation>AT 명령 입력 오류 또는 실행 오류입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="424"/>
        <source>The command failed.</source>
        <translation>명령이 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="434"/>
        <source>The network data transmission failed.</source>
        <translation>네트워크 데이터 전송에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="441"/>
        <source>The TCP, UDP or SSL connection is already established.</source>
        <translation>TCP, UDP 또는 SSL 연결이 이미 설정되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="448"/>
        <source>Could not connect to the broker.</source>
        <translation>브로커에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="461"/>
        <source>Connection timeout.</source>
        <translation>연결 시간 초과입니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="463"/>
        <source>Wrong password.</source>
        <translation>비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="465"/>
        <source>Cannot find the target AP.</source>
        <translation>대상 AP를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="467"/>
        <source>Connection failed.</source>
        <translation>연결에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Dialect.cpp" line="469"/>
        <source>Could not connect to the AP.</source>
        <translation>AP에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="327"/>
        <source>DNS lookup failed.</source>
        <translation>DNS 조회에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="332"/>
        <source>Ping timed out.</source>
        <translation>Ping 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="352"/>
        <source>The pin is not in GPIO mode.</source>
        <translation>핀이 GPIO 모드가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="357"/>
        <source>The pin is not in output mode.</source>
        <translation>핀이 출력 모드가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360Lines.cpp" line="362"/>
        <source>There is no such connection.</source>
        <translation>해당 연결이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Wizfi360DialectCatalog</name>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="25"/>
        <source>Tests AT startup.</source>
        <translation>AT 시작을 테스트합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="26"/>
        <source>Restarts the module.</source>
        <translation>모듈을 재시작합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="29"/>
        <source>Shows the AT version, the SDK version and the compile time.</source>
        <translation>AT 버전, SDK 버전, 컴파일 시간을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="33"/>
        <source>Enters deep-sleep mode for &lt;time&gt; milliseconds (1000-65535).</source>
        <translation>&lt;time&gt;밀리초(1000-65535) 동안 딥 슬립 모드로 전환합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="36"/>
        <source>Switches command echo off.</source>
        <translation>명령 에코를 끕니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="38"/>
        <source>Switches command echo on.</source>
        <translation>명령 에코를 켭니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="41"/>
        <source>Restores the station MAC address (type 0, default) or all settings (type 1) to factory defaults and restarts.</source>
        <translation>스테이션 MAC 주소(type 0, 기본값) 또는 모든 설정(type 1)을 공장 기본값으로 복원하고 재시작합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="47"/>
        <source>Queries or sets the current UART configuration (not saved in flash).</source>
        <translation>현재 UART 설정을 조회하거나 설정합니다(플래시에 저장하지 않음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="52"/>
        <source>Queries or sets the default UART configuration (saved in flash).</source>
        <translation>기본 UART 설정을 조회하거나 설정합니다(플래시에 저장).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="56"/>
        <source>Queries or sets the sleep mode: 0 disabled, 1 light-sleep, 2 modem-sleep.</source>
        <translation>슬립 모드를 조회하거나 설정합니다: 0 비활성화, 1 라이트 슬립, 2 모뎀 슬립.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="60"/>
        <source>Configures the working mode and pull-up of an IO pin.</source>
        <translation>IO 핀의 동작 모드와 풀업을 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="64"/>
        <source>Reads the working mode and pull-up of an IO pin.</source>
        <translation>IO 핀의 동작 모드와 풀업을 읽습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="68"/>
        <source>Sets a GPIO pin to input (0) or output (1).</source>
        <translation>GPIO 핀을 입력(0) 또는 출력(1)으로 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="71"/>
        <source>Sets the output level of a GPIO pin.</source>
        <translation>GPIO 핀의 출력 레벨을 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="73"/>
        <source>Reads the direction and level of a GPIO pin.</source>
        <translation>GPIO 핀의 방향과 레벨을 읽습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="77"/>
        <source>Queries or sets the current Wi-Fi mode: 1 station, 2 SoftAP, 3 both (not saved in flash).</source>
        <translation>현재 Wi-Fi 모드를 조회하거나 설정합니다: 1 스테이션, 2 SoftAP, 3 둘 다(플래시에 저장하지 않음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="82"/>
        <source>Queries or sets the Wi-Fi mode saved in flash: 1 station, 2 SoftAP, 3 both.</source>
        <translation>플래시에 저장된 Wi-Fi 모드를 조회하거나 설정합니다: 1 스테이션, 2 SoftAP, 3 둘 다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="87"/>
        <source>Connects to an access point, or shows the one connected to (not saved in flash).</source>
        <translation>액세스 포인트에 연결하거나, 연결된 액세스 포인트를 표시합니다(플래시에 저장하지 않음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="92"/>
        <source>Connects to an access point and saves it in flash, or shows the one connected to.</source>
        <translation>액세스 포인트에 연결하고 플래시에 저장하거나, 연결된 액세스 포인트를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="97"/>
        <source>Sets the sort order and the fields shown by AT+CWLAP.</source>
        <translation>AT+CWLAP의 정렬 순서와 표시 항목을 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="101"/>
        <source>Lists the available access points, optionally filtered by SSID, MAC and channel.</source>
        <translation>사용 가능한 액세스 포인트 목록을 표시합니다. SSID, MAC, 채널로 필터링할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="106"/>
        <source>Disconnects from the access point.</source>
        <translation>액세스 포인트와의 연결을 해제합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="109"/>
        <source>Queries or configures the SoftAP (not saved in flash).</source>
        <translation>SoftAP를 조회하거나 설정합니다(플래시에 저장하지 않음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="114"/>
        <source>Queries or configures the SoftAP and saves it in flash.</source>
        <translation>SoftAP를 조회하거나 설정하고 플래시에 저장합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="118"/>
        <source>Lists the IP and MAC addresses of the stations connected to the SoftAP.</source>
        <translation>SoftAP에 연결된 스테이션의 IP 및 MAC 주소 목록을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="122"/>
        <source>Queries, enables or disables DHCP for the SoftAP and the station (not saved in flash).</source>
        <translation>SoftAP와 스테이션의 DHCP를 조회, 활성화 또는 비활성화합니다(플래시에 저장하지 않음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="127"/>
        <source>Queries, enables or disables DHCP for the SoftAP and the station, saved in flash.</source>
        <translation>SoftAP와 스테이션의 DHCP를 조회, 활성화 또는 비활성화합니다(플래시에 저장).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="133"/>
        <source>Queries or sets the address range the SoftAP&apos;s DHCP server hands out (not saved in flash).</source>
        <translation>SoftAP의 DHCP 서버가 할당하는 주소 범위를 조회하거나 설정합니다(플래시에 저장하지 않음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="139"/>
        <source>Queries or sets the address range the SoftAP&apos;s DHCP server hands out, saved in flash.</source>
        <translation>SoftAP의 DHCP 서버가 할당하는 주소 범위를 조회하거나 설정합니다(플래시에 저장).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="144"/>
        <source>Queries or sets whether the module connects to the saved access point at power-up.</source>
        <translation>전원을 켤 때 저장된 액세스 포인트에 자동 연결할지 조회하거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="149"/>
        <source>Queries or sets the station MAC address (not saved in flash).</source>
        <translation>스테이션 MAC 주소를 조회하거나 설정합니다(플래시에 저장하지 않음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="153"/>
        <source>Queries or sets the station MAC address, saved in flash.</source>
        <translation>스테이션 MAC 주소를 조회하거나 설정합니다(플래시에 저장).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="157"/>
        <source>Queries the SoftAP MAC address; the manual says it cannot be changed.</source>
        <translation>SoftAP MAC 주소를 조회합니다. 매뉴얼에 따르면 변경할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="161"/>
        <source>Queries the SoftAP MAC address saved in flash; the manual says it cannot be changed.</source>
        <translation>플래시에 저장된 SoftAP MAC 주소를 조회합니다. 매뉴얼에 따르면 변경할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="166"/>
        <source>Queries or sets the station&apos;s static IP address (not saved in flash).</source>
        <translation>스테이션의 고정 IP 주소를 조회하거나 설정합니다(플래시에 저장하지 않음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="170"/>
        <source>Queries or sets the station&apos;s static IP address, saved in flash.</source>
        <translation>스테이션의 고정 IP 주소를 조회하거나 설정합니다(플래시에 저장).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="174"/>
        <source>Queries or sets the SoftAP&apos;s IP address (not saved in flash).</source>
        <translation>SoftAP의 IP 주소를 조회하거나 설정합니다(플래시에 저장하지 않음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="178"/>
        <source>Queries or sets the SoftAP&apos;s IP address, saved in flash.</source>
        <translation>SoftAP의 IP 주소를 조회하거나 설정합니다(플래시에 저장).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="183"/>
        <source>Starts SmartConfig (the &lt;type&gt; form is firmware v1.0.x.x, the &lt;try count&gt; form v1.1.x.x).</source>
        <translation>SmartConfig를 시작합니다(&lt;type&gt; 형식은 펌웨어 v1.0.x.x, &lt;try count&gt; 형식은 v1.1.x.x).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="188"/>
        <source>Stops SmartConfig or the provisioning web server.</source>
        <translation>SmartConfig 또는 프로비저닝 웹 서버를 중지합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="192"/>
        <source>Starts (1) or stops (0) WPS.</source>
        <translation>WPS를 시작(1)하거나 중지(0)합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="194"/>
        <source>Queries or sets the station&apos;s host name.</source>
        <translation>스테이션의 호스트 이름을 조회하거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="198"/>
        <source>Queries or sets the Wi-Fi country code and channels (not saved in flash).</source>
        <translation>Wi-Fi 국가 코드와 채널을 조회하거나 설정합니다(플래시에 저장하지 않음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="204"/>
        <source>Queries or sets the Wi-Fi country code and channels, saved in flash.</source>
        <translation>Wi-Fi 국가 코드와 채널을 조회하거나 설정합니다(플래시에 저장).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="208"/>
        <source>Starts the web server that sets the SSID and password to join.</source>
        <translation>연결할 SSID와 비밀번호를 설정하는 웹 서버를 시작합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="213"/>
        <source>Shows the connection status and the open connections.</source>
        <translation>연결 상태와 열린 연결을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="217"/>
        <source>Resolves a domain name to an IP address.</source>
        <translation>도메인 이름을 IP 주소로 변환합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="224"/>
        <source>Opens a TCP, UDP or SSL connection (with &lt;link ID&gt; when AT+CIPMUX=1).</source>
        <translation>TCP, UDP 또는 SSL 연결을 엽니다(AT+CIPMUX=1이면 &lt;link ID&gt; 지정).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="228"/>
        <source>Queries or sets the size of the SSL buffer (2048-4096).</source>
        <translation>SSL 버퍼 크기(2048-4096)를 조회하거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="232"/>
        <source>Queries or sets how the SSL client verifies the server certificate.</source>
        <translation>SSL 클라이언트의 서버 인증서 검증 방식을 조회하거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="236"/>
        <source>Shows, stores (1) or deletes (0) the CA certificate for SSL.</source>
        <translation>SSL용 CA 인증서를 표시, 저장(1) 또는 삭제(0)합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="242"/>
        <source>Sends &lt;length&gt; bytes after the &apos;&gt;&apos; prompt, or enters passthrough mode without parameters.</source>
        <translation>&apos;&gt;&apos; 프롬프트 후 &lt;length&gt;바이트를 전송하거나, 매개변수 없이 패스스루 모드로 전환합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="249"/>
        <source>Sends up to &lt;length&gt; bytes; a \0 in the data sends at once.</source>
        <translation>최대 &lt;length&gt;바이트를 전송합니다. 데이터에 \0이 있으면 즉시 전송합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="253"/>
        <source>Writes data into the TCP send buffer.</source>
        <translation>TCP 송신 버퍼에 데이터를 씁니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="256"/>
        <source>Resets the segment ID count.</source>
        <translation>세그먼트 ID 카운트를 초기화합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="258"/>
        <source>Shows the status of the TCP send buffer.</source>
        <translation>TCP 송신 버퍼 상태를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="261"/>
        <source>Checks whether a segment written with AT+CIPSENDERBUF was sent.</source>
        <translation>AT+CIPSENDERBUF로 쓴 세그먼트가 전송되었는지 확인합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="265"/>
        <source>Closes a TCP, UDP or SSL connection (link ID 5 closes all).</source>
        <translation>TCP, UDP 또는 SSL 연결을 닫습니다(링크 ID 5는 모두 닫음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="269"/>
        <source>Shows the local IP and MAC addresses of the SoftAP and the station.</source>
        <translation>SoftAP와 스테이션의 로컬 IP 및 MAC 주소를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="273"/>
        <source>Queries or sets single (0) or multiple (1) connections.</source>
        <translation>단일(0) 또는 다중(1) 연결을 조회하거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="277"/>
        <source>Creates (1) or deletes (0) the TCP server.</source>
        <translation>TCP 서버를 생성(1)하거나 삭제(0)합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="280"/>
        <source>Queries or sets the maximum number of clients the server accepts.</source>
        <translation>서버가 허용하는 최대 클라이언트 수를 조회하거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="284"/>
        <source>Queries or sets normal (0) or passthrough (1) transmission mode.</source>
        <translation>일반(0) 또는 패스스루(1) 전송 모드를 조회하거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="290"/>
        <source>Saves a passthrough TCP or UDP link in flash to open at power-up.</source>
        <translation>전원을 켤 때 열 패스스루 TCP 또는 UDP 링크를 플래시에 저장합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="294"/>
        <source>Queries or sets the TCP server timeout in seconds.</source>
        <translation>TCP 서버 타임아웃(초)을 조회하거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="298"/>
        <source>Updates the firmware over Wi-Fi.</source>
        <translation>Wi-Fi로 펌웨어를 업데이트합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="300"/>
        <source>Pings an IP address or a domain name.</source>
        <translation>IP 주소 또는 도메인 이름으로 ping을 보냅니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="303"/>
        <source>Queries or sets whether +IPD shows the remote IP and port.</source>
        <translation>+IPD에 원격 IP와 포트를 표시할지 조회하거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="309"/>
        <source>Queries or sets the SNTP time zone and servers.</source>
        <translation>SNTP 시간대와 서버를 조회하거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="312"/>
        <source>Shows the time obtained by SNTP.</source>
        <translation>SNTP로 얻은 시간을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="314"/>
        <source>Queries or sets user-defined DNS servers (not saved in flash).</source>
        <translation>사용자 정의 DNS 서버를 조회하거나 설정합니다(플래시에 저장하지 않음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="318"/>
        <source>Queries or sets user-defined DNS servers, saved in flash.</source>
        <translation>사용자 정의 DNS 서버를 조회하거나 설정합니다(플래시에 저장).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="323"/>
        <source>Queries or sets the MQTT user name, password, client ID and keep-alive time.</source>
        <translation>MQTT 사용자 이름, 비밀번호, 클라이언트 ID, keep-alive 시간을 조회하거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="330"/>
        <source>Queries or sets the publish topic and up to three subscribe topics.</source>
        <translation>발행 토픽과 최대 3개의 구독 토픽을 조회하거나 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="336"/>
        <source>Connects to an MQTT broker.</source>
        <translation>MQTT 브로커에 연결합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="338"/>
        <source>Publishes a message to the topic set with AT+MQTTTOPIC.</source>
        <translation>AT+MQTTTOPIC으로 설정한 토픽에 메시지를 발행합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="342"/>
        <source>Disconnects from the MQTT broker.</source>
        <translation>MQTT 브로커와의 연결을 해제합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="344"/>
        <source>Sets the Azure IoT Hub name, device ID and device key.</source>
        <translation>Azure IoT Hub 이름, 장치 ID, 장치 키를 설정합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="348"/>
        <source>Connects to the Azure IoT Hub.</source>
        <translation>Azure IoT Hub에 연결합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="350"/>
        <source>Shows, stores (1) or deletes (0) the device private key for AWS.</source>
        <translation>AWS용 장치 개인 키를 표시, 저장(1) 또는 삭제(0)합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="354"/>
        <source>Shows, stores (1) or deletes (0) the client certificate.</source>
        <translation>클라이언트 인증서를 표시, 저장(1) 또는 삭제(0)합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="358"/>
        <source>Connects to AWS IoT Core.</source>
        <translation>AWS IoT Core에 연결합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="361"/>
        <source>Connects to an access point, ESP-AT form of AT+CWJAP_CUR (firmware, not in the manual).</source>
        <translation>액세스 포인트에 연결합니다. AT+CWJAP_CUR의 ESP-AT 형식입니다(펌웨어 기능, 매뉴얼에 없음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="366"/>
        <source>Writes data into the TCP send buffer, ESP8266 name of AT+CIPSENDERBUF found only in the manual&apos;s command list (firmware, not in the manual).</source>
        <translation>TCP 송신 버퍼에 데이터를 씁니다. 매뉴얼의 명령 목록에만 있는 AT+CIPSENDERBUF의 ESP8266 이름입니다(펌웨어 기능, 매뉴얼에 없음).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360DialectCatalog.cpp" line="371"/>
        <source>Reads received data in passive receive mode (firmware, not in the manual).</source>
        <translation>수동 수신 모드에서 수신한 데이터를 읽습니다(펌웨어 기능, 매뉴얼에 없음).</translation>
    </message>
</context>
<context>
    <name>Wizfi360GpioCommands</name>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360GpioCommands.cpp" line="59"/>
        <source>The WizFi360 switches the pull-up on for every input (AT+SYSGPIODIR): choose pull-up.</source>
        <translation>WizFi360은 모든 입력에 풀업을 켭니다(AT+SYSGPIODIR): 풀업을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360GpioCommands.cpp" line="91"/>
        <source>the module did not report the pin&apos;s level.</source>
        <translation>모듈이 핀 레벨을 보고하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360GpioCommands.cpp" line="100"/>
        <source>The WizFi360 instruction set has no ADC command (ESP8266&apos;s AT+SYSADC is not in it).</source>
        <translation>WizFi360 명령어 집합에는 ADC 명령이 없습니다(ESP8266의 AT+SYSADC는 포함되지 않음).</translation>
    </message>
</context>
<context>
    <name>Wizfi360MqttCommands</name>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="66"/>
        <source>The WizFi360 MQTT client has no TLS option.</source>
        <translation>WizFi360 MQTT 클라이언트에는 TLS 옵션이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="69"/>
        <source>The WizFi360 MQTT client has no clean-session option (AT+MQTTCON).</source>
        <translation>WizFi360 MQTT 클라이언트에는 clean-session 옵션이 없습니다(AT+MQTTCON).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="71"/>
        <source>The WizFi360 needs a client ID (AT+MQTTSET).</source>
        <translation>WizFi360에는 클라이언트 ID가 필요합니다(AT+MQTTSET).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="75"/>
        <source>User name, password and client ID are at most %1 bytes each (AT+MQTTSET).</source>
        <translation>사용자 이름, 비밀번호, 클라이언트 ID는 각각 최대 %1바이트입니다(AT+MQTTSET).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="80"/>
        <source>The WizFi360 keeps a broker connection alive every 30 to 300 s (AT+MQTTSET).</source>
        <translation>WizFi360의 브로커 연결 keep-alive 간격은 30~300초입니다(AT+MQTTSET).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="84"/>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="145"/>
        <source>The WizFi360 subscribes at QoS 0 only.</source>
        <translation>WizFi360은 QoS 0으로만 구독합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="89"/>
        <source>The WizFi360 subscribes to at most %1 topics (AT+MQTTTOPIC).</source>
        <translation>WizFi360은 최대 %1개의 토픽만 구독할 수 있습니다(AT+MQTTTOPIC).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="99"/>
        <source>The WizFi360 cannot take a line break or NUL byte inside a parameter.</source>
        <translation>WizFi360은 매개변수 안의 줄바꿈이나 NUL 바이트를 받을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="106"/>
        <source>A topic cannot contain a line break.</source>
        <translation>토픽에는 줄바꿈을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="148"/>
        <source>The WizFi360 subscribes to at most %1 topics (AT+MQTTTOPIC): unsubscribe one first.</source>
        <translation>WizFi360은 최대 %1개의 토픽만 구독할 수 있습니다(AT+MQTTTOPIC): 먼저 하나를 구독 해제하십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="174"/>
        <source>The WizFi360 publishes at QoS 0 only (AT+MQTTPUB).</source>
        <translation>WizFi360은 QoS 0으로만 발행합니다(AT+MQTTPUB).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="176"/>
        <source>The WizFi360 cannot publish retained messages.</source>
        <translation>WizFi360은 보존 메시지를 발행할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360MqttCommands.cpp" line="180"/>
        <source>AT+MQTTPUB takes the message on the command line: it cannot contain a line break or NUL byte.</source>
        <translation>AT+MQTTPUB는 메시지를 명령줄로 받으므로 메시지에 줄바꿈이나 NUL 바이트를 넣을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Wizfi360SocketCommands</name>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="124"/>
        <source>A WizFi360 TCP server needs multiple connections, which have no data mode.</source>
        <translation>WizFi360 TCP 서버에는 다중 연결이 필요한데, 다중 연결에는 데이터 모드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="127"/>
        <source>The WizFi360 runs one TCP server: stop the one listening first.</source>
        <translation>WizFi360은 TCP 서버를 하나만 실행합니다: 먼저 수신 대기 중인 서버를 중지하십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="139"/>
        <source>The host name cannot contain a line break or NUL byte.</source>
        <translation>호스트 이름에는 줄바꿈이나 NUL 바이트를 넣을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="144"/>
        <source>The WizFi360 has no data mode on SSL connections (AT+CIPSTART, §3.3.3).</source>
        <translation>WizFi360은 SSL 연결에서 데이터 모드를 지원하지 않습니다(AT+CIPSTART, §3.3.3).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="147"/>
        <source>Data mode needs the WizFi360&apos;s single connection (AT+CIPMUX=0): close the other sockets first.</source>
        <translation>데이터 모드에는 WizFi360의 단일 연결(AT+CIPMUX=0)이 필요합니다: 먼저 다른 소켓을 닫으십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="165"/>
        <source>The listening server sends nothing itself: send on one of its connections.</source>
        <translation>수신 대기 중인 서버는 직접 전송하지 않습니다: 서버가 수락한 연결 중 하나로 전송하십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="168"/>
        <source>This socket was opened in data mode (AT+CIPMODE=1), where AT+CIPSEND takes no length: enter data mode to send on it.</source>
        <translation>이 소켓은 데이터 모드(AT+CIPMODE=1)로 열렸으며, 이 모드에서 AT+CIPSEND는 길이를 받지 않습니다: 이 소켓으로 전송하려면 데이터 모드로 진입하십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="171"/>
        <source>AT+CIPSEND sends 1 to 2048 bytes at a time.</source>
        <translation>AT+CIPSEND는 한 번에 1~2048바이트를 전송합니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="184"/>
        <source>The WizFi360 has no socket %1.</source>
        <translation>WizFi360에 소켓 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="215"/>
        <source>A TCP server has no data mode on the WizFi360.</source>
        <translation>WizFi360에서 TCP 서버는 데이터 모드를 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360SocketCommands.cpp" line="224"/>
        <source>data mode needs the module&apos;s single connection (AT+CIPMUX=0), and socket %1 is one of several links: close it and open it again with data mode.</source>
        <translation>데이터 모드에는 모듈의 단일 연결(AT+CIPMUX=0)이 필요한데, 소켓 %1은(는) 여러 링크 중 하나입니다: 소켓을 닫고 데이터 모드로 다시 여십시오.</translation>
    </message>
</context>
<context>
    <name>Wizfi360WifiCommands</name>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360WifiCommands.cpp" line="147"/>
        <source>The WizFi360 takes the gateway and the netmask together (AT+CIPSTA): give both or neither.</source>
        <translation>WizFi360은 게이트웨이와 서브넷 마스크를 함께 받습니다(AT+CIPSTA): 둘 다 입력하거나 둘 다 비워 두십시오.</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360WifiCommands.cpp" line="157"/>
        <source>The two DNS servers must differ (AT+CIPDNS).</source>
        <translation>두 DNS 서버는 서로 달라야 합니다(AT+CIPDNS).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360WifiCommands.cpp" line="200"/>
        <source>The WizFi360 soft AP is open, WPA-PSK or WPA2-PSK only (AT+CWSAP &lt;ecn&gt;).</source>
        <translation>WizFi360 소프트 AP는 개방, WPA-PSK 또는 WPA2-PSK만 지원합니다(AT+CWSAP &lt;ecn&gt;).</translation>
    </message>
    <message>
        <location filename="../core/dialects/wizfi360/Wizfi360WifiCommands.cpp" line="203"/>
        <source>The WizFi360 soft AP uses channels 1 to 13.</source>
        <translation>WizFi360 소프트 AP는 채널 1~13번을 사용합니다.</translation>
    </message>
</context>
<context>
    <name>World</name>
    <message>
        <location filename="../core/sim/World.cpp" line="109"/>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="123"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>%1번째 바이트에서 JSON이 올바르지 않습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="127"/>
        <source>the world must be a JSON object</source>
        <translation>world는 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="146"/>
        <source>module.stationMac and module.apMac must look like aa:bb:cc:dd:ee:ff</source>
        <translation>module.stationMac과 module.apMac은 aa:bb:cc:dd:ee:ff 형식이어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="156"/>
        <source>%1.ssid must be 1 to 32 bytes of UTF-8</source>
        <translation>%1.ssid는 1~32바이트의 UTF-8이어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="159"/>
        <source>%1.bssid must look like aa:bb:cc:dd:ee:ff</source>
        <translation>%1.bssid는 aa:bb:cc:dd:ee:ff 형식이어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="162"/>
        <source>%1.channel must be 1 to 14</source>
        <translation>%1.channel은 1~14여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="168"/>
        <source>%1.security must be open, wep, wpa, wpa2, wpa/wpa2, wpa3 or enterprise</source>
        <translation>%1.security는 open, wep, wpa, wpa2, wpa/wpa2, wpa3 또는 enterprise여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="173"/>
        <source>%1.passphrase is needed for a secured network</source>
        <translation>보안 네트워크에는 %1.passphrase가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="184"/>
        <source>dhcp needs first, last, gateway and netmask as IPv4 addresses</source>
        <translation>dhcp에는 IPv4 주소 형식의 first, last, gateway, netmask가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="189"/>
        <source>dhcp.dns holds IPv4 addresses</source>
        <translation>dhcp.dns에는 IPv4 주소가 들어가야 합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="198"/>
        <source>dns.%1 must be an IPv4 address</source>
        <translation>dns.%1은(는) IPv4 주소여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="200"/>
        <source>dns.%1 must be a loopback address: the virtual module only reaches this machine</source>
        <translation>dns.%1은(는) 루프백 주소여야 합니다: 가상 모듈은 이 컴퓨터에만 연결할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="215"/>
        <source>every gpio entry needs a pin number</source>
        <translation>모든 gpio 항목에는 핀 번호가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="226"/>
        <source>every adc entry needs a channel number</source>
        <translation>모든 adc 항목에는 채널 번호가 필요합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="237"/>
        <source>adc signal must be constant, ramp, sine or noise</source>
        <translation>adc signal은 constant, ramp, sine 또는 noise여야 합니다</translation>
    </message>
    <message>
        <location filename="../core/sim/World.cpp" line="244"/>
        <source>adc bits must be 1 to 24 and fullScale positive</source>
        <translation>adc bits는 1~24여야 하고 fullScale은 양수여야 합니다</translation>
    </message>
</context>
<context>
    <name>atstudio-cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="16"/>
        <source>Usage: atstudio-cli &lt;command&gt; [options]

Commands:
  replay --module ID [--raw] FILE   frame a recorded session as JSON Lines
  simulate --module ID [--world FILE] [--link PATH] [--baud-pace BAUD]
           [--faults SPEC] [--uart-baud BAUD]
                                    serve a virtual module on a pseudo-terminal
  detect --port PATH [--bauds LIST] find baud rate, module, model and firmware
  wifi scan|join|leave|ap-start|ap-stop   Wi-Fi actions
  socket send                       send to a peer and print the answer
  mqtt publish|subscribe            MQTT through the module
  gpio write|read|adc               pins and ADC
  (each on --port PATH --module ID, or --simulate ID)

Run &apos;atstudio-cli &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation>사용법: atstudio-cli &lt;command&gt; [options]

명령:
  replay --module ID [--raw] FILE   기록된 세션을 프레임으로 나누어 JSON Lines로 출력
  simulate --module ID [--world FILE] [--link PATH] [--baud-pace BAUD]
           [--faults SPEC] [--uart-baud BAUD]
                                    의사 터미널에서 가상 모듈 실행
  detect --port PATH [--bauds LIST] 보드레이트, 모듈, 모델, 펌웨어 찾기
  wifi scan|join|leave|ap-start|ap-stop   Wi-Fi 작업
  socket send                       상대방에게 전송하고 응답 출력
  mqtt publish|subscribe            모듈을 통한 MQTT
  gpio write|read|adc               핀 및 ADC
  (각각 --port PATH --module ID 또는 --simulate ID와 함께 사용)

명령의 옵션을 보려면 &apos;atstudio-cli &lt;command&gt; --help&apos;를 실행하십시오.
</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="79"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>알 수 없는 명령 &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>Configure and monitor AT-command WiFi modules.</source>
        <translation>AT 명령 방식 WiFi 모듈을 설정하고 모니터링합니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Serial port, device path or host:port.</source>
        <translation>시리얼 포트, 장치 경로 또는 host:port.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="37"/>
        <source>Baud rate.</source>
        <translation>보드레이트.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Module dialect id.</source>
        <translation>모듈 dialect ID.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Connect to the virtual module of this dialect.</source>
        <translation>이 dialect의 가상 모듈에 연결합니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Text size factor (1.6 reads well on a projector).</source>
        <translation>글자 크기 배율(프로젝터에서는 1.6이 읽기 좋음).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>창 이미지를 이 PNG 파일로 저장하고 종료합니다.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation>스크린샷 전 대기 시간(밀리초).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Language: en, %1 (default: the system&apos;s).</source>
        <translation>언어: en, %1 (기본값: 시스템 언어).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="65"/>
        <source>Open this panel: status, wifi, sockets, mqtt or gpio.</source>
        <translation>이 패널을 엽니다: status, wifi, sockets, mqtt 또는 gpio.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="76"/>
        <source>no panel named %1</source>
        <translation>%1(이)라는 패널이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="87"/>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
</context>
</TS>
