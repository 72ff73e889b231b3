<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AlarmBanner</name>
    <message>
        <source>No alarms</source>
        <translation>Sin alarmas</translation>
    </message>
    <message>
        <source>Alarms ›</source>
        <translation>Alarmas ›</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>tap here and acknowledge it</source>
        <translation>toque aquí para reconocerla</translation>
    </message>
    <message>
        <source>%1. What to do: %2</source>
        <translation>%1. Qué hacer: %2</translation>
    </message>
</context>
<context>
    <name>AlarmModel</name>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>First out</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>FIRST OUT</source>
        <translation>PRIMERA</translation>
    </message>
</context>
<context>
    <name>AlarmPage</name>
    <message>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Todas las prioridades</translation>
    </message>
    <message>
        <source>In alarm</source>
        <translation>En alarma</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>Sin reconocer</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Suspendidas</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>No alarms</source>
        <translation>Sin alarmas</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Reconocer todas</translation>
    </message>
    <message>
        <source>Tap an alarm to see its cause and what to do.</source>
        <translation>Toque una alarma para ver su causa y qué hacer.</translation>
    </message>
    <message>
        <source>Open pack</source>
        <translation>Ver batería</translation>
    </message>
    <message>
        <source>History since the console started</source>
        <translation>Historial desde que se inició la consola</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Reconocer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rearmar</translation>
    </message>
    <message>
        <source>Shelve…</source>
        <translation>Suspender…</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Why is it shelved? (the reason is journaled)</source>
        <translation>¿Por qué se suspende? (el motivo queda en la bitácora)</translation>
    </message>
    <message>
        <source>Nuisance: a known instrument fault, repair ordered</source>
        <translation>Molesta: falla conocida del instrumento, reparación solicitada</translation>
    </message>
    <message>
        <source>Maintenance work on this equipment</source>
        <translation>Trabajo de mantenimiento en este equipo</translation>
    </message>
    <message>
        <source>Waiting for a spare part</source>
        <translation>En espera de un repuesto</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Shelve now</source>
        <translation>Suspender ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No alarms in this view</source>
        <translation>No hay alarmas en esta vista</translation>
    </message>
    <message>
        <source>No alarm selected.</source>
        <translation>Ninguna alarma seleccionada.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>FIRST OUT: this alarm came first; the others may follow from it.</source>
        <translation>PRIMERA: esta alarma llegó primero; las demás pueden derivar de ella.</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>The cause is gone; the alarm stays until it is reset.</source>
        <translation>La causa desapareció; la alarma permanece hasta que se rearme.</translation>
    </message>
    <message>
        <source>Shelved until %1: %2</source>
        <translation>Suspendida hasta %1: %2</translation>
    </message>
    <message>
        <source>The controller still holds this fault: Reset asks you to confirm the bay is clear, then resets it at the controller.</source>
        <translation>El controlador aún mantiene esta falla: Rearmar le pide confirmar que la bahía está despejada y luego la rearma en el controlador.</translation>
    </message>
    <message>
        <source>FIRST OUT: another alarm followed within %1 s</source>
        <translation>PRIMERA: otra alarma le siguió en menos de %1 s</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Reconocida.</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alarm(s).</source>
        <translation>
            <numerusform>%n alarma reconocida.</numerusform>
            <numerusform>%n alarmas reconocidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No alarm was acknowledged.</source>
        <translation>Ninguna alarma fue reconocida.</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>that needs the %1 role</source>
        <translation>eso requiere el rol de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged: %1.</source>
        <translation>
            <numerusform>%n sin reconocer: %1.</numerusform>
            <numerusform>%n sin reconocer: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Is the bay clear, and nobody inside the light curtain? Tap Reset again to reset at the controller.</source>
        <translation>¿Está despejada la bahía y no hay nadie dentro de la cortina de luz? Toque Rearmar otra vez para rearmar en el controlador.</translation>
    </message>
    <message>
        <source>Reset sent to the controller; the alarm clears when the controller clears the fault.</source>
        <translation>Rearme enviado al controlador; la alarma se borra cuando el controlador elimina la falla.</translation>
    </message>
    <message>
        <source>Reset.</source>
        <translation>Rearmada.</translation>
    </message>
    <message>
        <source>Choose a reason and how long, then Shelve now.</source>
        <translation>Elija un motivo y la duración, luego Suspender ahora.</translation>
    </message>
    <message>
        <source>Choose why the alarm is shelved first.</source>
        <translation>Primero elija por qué se suspende la alarma.</translation>
    </message>
    <message>
        <source>Shelved for %1 min.</source>
        <translation>Suspendida por %1 min.</translation>
    </message>
    <message>
        <source>Unshelved.</source>
        <translation>Reactivada.</translation>
    </message>
</context>
<context>
    <name>Alarms</name>
    <message>
        <source>HIGH</source>
        <translation>ALTA</translation>
    </message>
    <message>
        <source>MEDIUM</source>
        <translation>MEDIA</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>BAJA</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>Sin reconocer</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation>Borrada, sin reconocer</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Suppressed by design</source>
        <translation>Suprimida por diseño</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>controlador</translation>
    </message>
    <message>
        <source>station</source>
        <translation>estación</translation>
    </message>
    <message>
        <source>console</source>
        <translation>consola</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>bitácora</translation>
    </message>
    <message>
        <source>bay</source>
        <translation>bahía</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>ranura %1</translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation>batería %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>E-stop</source>
        <translation>Paro de emergencia</translation>
    </message>
    <message>
        <source>An emergency stop was pressed; all motion stopped.</source>
        <translation>Se presionó un paro de emergencia; todo movimiento se detuvo.</translation>
    </message>
    <message>
        <source>Make the bay safe, reset the E-stop at the cabinet, then reset here.</source>
        <translation>Asegure la bahía, rearme el paro de emergencia en el gabinete y luego rearme aquí.</translation>
    </message>
    <message>
        <source>Lock jam</source>
        <translation>Atasco de bloqueo</translation>
    </message>
    <message>
        <source>A lock head jammed during (un)locking.</source>
        <translation>Un cabezal de bloqueo se atascó al bloquear o desbloquear.</translation>
    </message>
    <message>
        <source>Stop the swap; a technician checks the lock head in maintenance mode.</source>
        <translation>Detenga el intercambio; un técnico revisa el cabezal de bloqueo en modo mantenimiento.</translation>
    </message>
    <message>
        <source>Lift overload</source>
        <translation>Sobrecarga del elevador</translation>
    </message>
    <message>
        <source>The lift&apos;s load cell read above its limit.</source>
        <translation>La celda de carga del elevador midió por encima de su límite.</translation>
    </message>
    <message>
        <source>Keep clear of the lift; a technician inspects the pack and the lift.</source>
        <translation>Manténgase lejos del elevador; un técnico inspecciona la batería y el elevador.</translation>
    </message>
    <message>
        <source>Shuttle misaligned</source>
        <translation>Lanzadera desalineada</translation>
    </message>
    <message>
        <source>The shuttle stopped off its slot.</source>
        <translation>La lanzadera se detuvo fuera de su ranura.</translation>
    </message>
    <message>
        <source>A technician realigns the shuttle in maintenance mode.</source>
        <translation>Un técnico realinea la lanzadera en modo mantenimiento.</translation>
    </message>
    <message>
        <source>HV interlock</source>
        <translation>Interbloqueo HV</translation>
    </message>
    <message>
        <source>The vehicle&apos;s HV interlock loop is open.</source>
        <translation>El lazo de interbloqueo HV del vehículo está abierto.</translation>
    </message>
    <message>
        <source>Do not release the vehicle; check the pack connector and retry verification.</source>
        <translation>No libere el vehículo; revise el conector de la batería y reintente la verificación.</translation>
    </message>
    <message>
        <source>Insulation low</source>
        <translation>Aislamiento bajo</translation>
    </message>
    <message>
        <source>A pack&apos;s insulation resistance is below 100 ohm/V.</source>
        <translation>La resistencia de aislamiento de una batería está por debajo de 100 ohm/V.</translation>
    </message>
    <message>
        <source>Quarantine the pack; do not charge or install it. A technician acknowledges.</source>
        <translation>Ponga la batería en cuarentena; no la cargue ni la instale. Un técnico reconoce la alarma.</translation>
    </message>
    <message>
        <source>Pack identity mismatch</source>
        <translation>Identidad de batería no coincide</translation>
    </message>
    <message>
        <source>The installed pack is not the planned one.</source>
        <translation>La batería instalada no es la planificada.</translation>
    </message>
    <message>
        <source>Hold the vehicle; check the pack code against the plan.</source>
        <translation>Retenga el vehículo; compare el código de la batería con el plan.</translation>
    </message>
    <message>
        <source>Charger fault</source>
        <translation>Falla del cargador</translation>
    </message>
    <message>
        <source>A slot&apos;s charger reported a fault.</source>
        <translation>El cargador de una ranura reportó una falla.</translation>
    </message>
    <message>
        <source>Reset the charger; if it repeats, disable the slot and call a technician.</source>
        <translation>Rearme el cargador; si se repite, deshabilite la ranura y llame a un técnico.</translation>
    </message>
    <message>
        <source>BMS handshake</source>
        <translation>Handshake BMS</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS did not answer the check.</source>
        <translation>El BMS de la batería no respondió a la verificación.</translation>
    </message>
    <message>
        <source>Retry verification; if it fails again, swap the pack out.</source>
        <translation>Reintente la verificación; si vuelve a fallar, retire la batería con un intercambio.</translation>
    </message>
    <message>
        <source>Light curtain</source>
        <translation>Cortina de luz</translation>
    </message>
    <message>
        <source>Someone crossed the bay light curtain.</source>
        <translation>Alguien cruzó la cortina de luz de la bahía.</translation>
    </message>
    <message>
        <source>Clear the bay, then reset.</source>
        <translation>Despeje la bahía y luego rearme.</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>Watchdog</translation>
    </message>
    <message>
        <source>The controller stopped seeing this console&apos;s heartbeat and held motion.</source>
        <translation>El controlador dejó de recibir el latido de esta consola y retuvo el movimiento.</translation>
    </message>
    <message>
        <source>Check the link. Motion stays held until someone here checks the bay and taps Resume on the main page (or aborts the swap).</source>
        <translation>Revise el enlace. El movimiento sigue retenido hasta que alguien aquí revise la bahía y toque Reanudar en la página principal (o aborte el intercambio).</translation>
    </message>
    <message>
        <source>Controller restart</source>
        <translation>Reinicio del controlador</translation>
    </message>
    <message>
        <source>The controller restarted during a swap.</source>
        <translation>El controlador se reinició durante un intercambio.</translation>
    </message>
    <message>
        <source>Check the bay, then reset and follow the guided recovery.</source>
        <translation>Revise la bahía, luego rearme y siga la recuperación guiada.</translation>
    </message>
    <message>
        <source>Door open</source>
        <translation>Puerta abierta</translation>
    </message>
    <message>
        <source>A station door is open: nothing moves and no swap starts while it is.</source>
        <translation>Una puerta de la estación está abierta: nada se mueve ni inicia ningún intercambio mientras siga abierta.</translation>
    </message>
    <message>
        <source>Close the door; a swap it stopped needs a reset once it is closed.</source>
        <translation>Cierre la puerta; un intercambio que ella detuvo requiere un rearme una vez cerrada.</translation>
    </message>
    <message>
        <source>Vehicle HV on</source>
        <translation>HV del vehículo encendido</translation>
    </message>
    <message>
        <source>The vehicle did not confirm its HV off, so the controller stopped the swap before any lock moved.</source>
        <translation>El vehículo no confirmó su HV apagado, así que el controlador detuvo el intercambio antes de mover ningún bloqueo.</translation>
    </message>
    <message>
        <source>Ask the driver to switch the vehicle off and keep it off; then reset and start the swap again.</source>
        <translation>Pida al conductor que apague el vehículo y lo mantenga apagado; luego rearme e inicie de nuevo el intercambio.</translation>
    </message>
    <message>
        <source>Parking brake off</source>
        <translation>Sin freno de estacionamiento</translation>
    </message>
    <message>
        <source>The vehicle did not confirm its parking brake, so the controller stopped the swap before any lock moved.</source>
        <translation>El vehículo no confirmó su freno de estacionamiento, así que el controlador detuvo el intercambio antes de mover ningún bloqueo.</translation>
    </message>
    <message>
        <source>Ask the driver to set the parking brake; then reset and start the swap again.</source>
        <translation>Pida al conductor que aplique el freno de estacionamiento; luego rearme e inicie de nuevo el intercambio.</translation>
    </message>
    <message>
        <source>Load mismatch</source>
        <translation>Carga no coincide</translation>
    </message>
    <message>
        <source>The lift&apos;s load cell read a mass that does not match the pack&apos;s type: a wrong or damaged pack, or a faulty load cell.</source>
        <translation>La celda de carga del elevador midió una masa que no corresponde al tipo de la batería: una batería equivocada o dañada, o una celda de carga defectuosa.</translation>
    </message>
    <message>
        <source>Keep clear of the lift; a technician checks the pack and the load cell, then resets.</source>
        <translation>Manténgase lejos del elevador; un técnico revisa la batería y la celda de carga, y luego rearma.</translation>
    </message>
    <message>
        <source>Lock torque low</source>
        <translation>Torque de bloqueo bajo</translation>
    </message>
    <message>
        <source>A lock head ended below its locking torque (180-250 Nm): it may not hold the pack.</source>
        <translation>Un cabezal de bloqueo terminó por debajo de su torque de bloqueo (180-250 Nm): puede no sujetar la batería.</translation>
    </message>
    <message>
        <source>Keep the vehicle in the bay; a technician unlocks and locks the head again in maintenance mode, then resets.</source>
        <translation>Mantenga el vehículo en la bahía; un técnico desbloquea y vuelve a bloquear el cabezal en modo mantenimiento, y luego rearma.</translation>
    </message>
    <message>
        <source>Positioning failed</source>
        <translation>Posicionamiento fallido</translation>
    </message>
    <message>
        <source>The vehicle could not be positioned within tolerance after 3 tries.</source>
        <translation>No se pudo posicionar el vehículo dentro de la tolerancia tras 3 intentos.</translation>
    </message>
    <message>
        <source>Guide the driver back and retry positioning.</source>
        <translation>Guíe al conductor hacia atrás y reintente el posicionamiento.</translation>
    </message>
    <message>
        <source>Swap aborted</source>
        <translation>Intercambio abortado</translation>
    </message>
    <message>
        <source>A swap was aborted mid-sequence.</source>
        <translation>Se abortó un intercambio a mitad de secuencia.</translation>
    </message>
    <message>
        <source>Check the bay and reset to let the controller recover.</source>
        <translation>Revise la bahía y rearme para que el controlador se recupere.</translation>
    </message>
    <message>
        <source>Swap aborted, vehicle in bay</source>
        <translation>Intercambio abortado, vehículo en bahía</translation>
    </message>
    <message>
        <source>A swap was aborted mid-sequence with the vehicle still in the bay: it may be without a pack, or with its pack half out.</source>
        <translation>Se abortó un intercambio a mitad de secuencia con el vehículo aún en la bahía: puede estar sin batería, o con su batería a medio sacar.</translation>
    </message>
    <message>
        <source>Keep the vehicle in the bay and the driver out of it. Check the pack and the lift, then reset and follow the guided recovery before the vehicle leaves.</source>
        <translation>Mantenga el vehículo en la bahía y al conductor fuera de él. Revise la batería y el elevador, luego rearme y siga la recuperación guiada antes de que el vehículo salga.</translation>
    </message>
    <message>
        <source>Link lost</source>
        <translation>Enlace perdido</translation>
    </message>
    <message>
        <source>The console lost the link to the station controller.</source>
        <translation>La consola perdió el enlace con el controlador de la estación.</translation>
    </message>
    <message>
        <source>Check the serial cable and the controller&apos;s power; the console reconnects by itself.</source>
        <translation>Revise el cable serie y la alimentación del controlador; la consola se reconecta sola.</translation>
    </message>
    <message>
        <source>Link degraded</source>
        <translation>Enlace degradado</translation>
    </message>
    <message>
        <source>The link to the controller needs retries (noise, a loose connector, a slow controller) but still works.</source>
        <translation>El enlace con el controlador requiere reintentos (ruido, un conector flojo, un controlador lento) pero aún funciona.</translation>
    </message>
    <message>
        <source>Check the RS-485 cabling, its termination and shield; run &apos;operator-app link check&apos; with --trace to see the frames.</source>
        <translation>Revise el cableado RS-485, su terminación y blindaje; ejecute &apos;operator-app link check&apos; con --trace para ver las tramas.</translation>
    </message>
    <message>
        <source>Journal disk full</source>
        <translation>Disco de bitácora lleno</translation>
    </message>
    <message>
        <source>The terminal&apos;s disk is full; records go into the journal&apos;s reserve space, then wait in memory, and telemetry is thinned.</source>
        <translation>El disco de la terminal está lleno; los registros van al espacio de reserva de la bitácora, luego esperan en memoria, y la telemetría se reduce.</translation>
    </message>
    <message>
        <source>Free space on the terminal now (old exports, logs); waiting records are written when space returns.</source>
        <translation>Libere espacio en la terminal ahora (exportaciones antiguas, logs); los registros en espera se escriben cuando vuelva a haber espacio.</translation>
    </message>
    <message>
        <source>Journal failed</source>
        <translation>Falla de la bitácora</translation>
    </message>
    <message>
        <source>The station journal cannot be written.</source>
        <translation>No se puede escribir en la bitácora de la estación.</translation>
    </message>
    <message>
        <source>Call a technician: swaps are not being recorded.</source>
        <translation>Llame a un técnico: los intercambios no se están registrando.</translation>
    </message>
    <message>
        <source>Sync down</source>
        <translation>Sincronización caída</translation>
    </message>
    <message>
        <source>The oldest record not yet sent to the fleet is older than the station&apos;s limit (24 hours unless configured): the broker has been unreachable that long.</source>
        <translation>El registro más antiguo aún no enviado a la flota supera el límite de la estación (24 horas salvo otra configuración): el broker lleva ese tiempo inaccesible.</translation>
    </message>
    <message>
        <source>Check the terminal&apos;s network; records are kept and go when the broker is back. A station with no network hands them over on a USB stick (operator-app sync export).</source>
        <translation>Revise la red de la terminal; los registros se conservan y se envían cuando vuelva el broker. Una estación sin red los entrega en una memoria USB (operator-app sync export).</translation>
    </message>
    <message>
        <source>Sync backlog full</source>
        <translation>Cola de sincronización llena</translation>
    </message>
    <message>
        <source>The records waiting for the fleet take more disk than their budget. None is dropped.</source>
        <translation>Los registros en espera para la flota ocupan más disco que su cuota. No se descarta ninguno.</translation>
    </message>
    <message>
        <source>Bring the network back, or hand the records over on a USB stick (operator-app sync export); a technician may raise budget_mb under [sync].</source>
        <translation>Restablezca la red, o entregue los registros en una memoria USB (operator-app sync export); un técnico puede aumentar budget_mb en [sync].</translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation>Sincronización rechazada</translation>
    </message>
    <message>
        <source>The fleet&apos;s broker refuses this station (its credentials, its certificate, a topic its ACL denies, or a station id that changed): records wait.</source>
        <translation>El broker de la flota rechaza esta estación (sus credenciales, su certificado, un tópico que su ACL deniega, o un id de estación que cambió): los registros esperan.</translation>
    </message>
    <message>
        <source>Call a technician: the station details page says what was refused; the [sync] settings or the broker&apos;s ACL need fixing.</source>
        <translation>Llame a un técnico: la página Detalles de la estación indica qué se rechazó; hay que corregir los ajustes [sync] o la ACL del broker.</translation>
    </message>
    <message>
        <source>Quarantined pack in swap</source>
        <translation>Batería en cuarentena en un intercambio</translation>
    </message>
    <message>
        <source>A swap the console did not plan (the bay&apos;s button, another terminal) is taking a pack that is in quarantine.</source>
        <translation>Un intercambio que la consola no planificó (el botón de la bahía, otra terminal) está tomando una batería que está en cuarentena.</translation>
    </message>
    <message>
        <source>Abort the swap while the vehicle is in the bay; if it has left, tell the technician which vehicle has the pack.</source>
        <translation>Aborte el intercambio mientras el vehículo esté en la bahía; si ya salió, indique al técnico qué vehículo tiene la batería.</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>Servicio pendiente</translation>
    </message>
    <message>
        <source>A maintenance counter of the controller (lift cycles, lock cycles or shuttle travel) has reached its service interval ([maintenance] in the settings).</source>
        <translation>Un contador de mantenimiento del controlador (ciclos del elevador, ciclos de bloqueo o recorrido de la lanzadera) alcanzó su intervalo de servicio ([maintenance] en los ajustes).</translation>
    </message>
    <message>
        <source>Plan the service: the maintenance page&apos;s Counters section says which is due. Swaps go on meanwhile.</source>
        <translation>Planifique el servicio: la sección Contadores de la página de mantenimiento indica cuál corresponde. Mientras tanto, los intercambios continúan.</translation>
    </message>
    <message>
        <source>BMS SoH disagrees</source>
        <translation>SoH del BMS discrepa</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a state of health more than 3 points away from the capacity this console measured in the pack&apos;s own charges.</source>
        <translation>El BMS de la batería reporta un estado de salud a más de 3 puntos de la capacidad que esta consola midió en las propias cargas de la batería.</translation>
    </message>
    <message>
        <source>Trust the measured capacity (the pack page shows both); a technician checks the BMS&apos;s calibration, or quarantines the pack.</source>
        <translation>Confíe en la capacidad medida (la página de la batería muestra ambas); un técnico revisa la calibración del BMS o pone la batería en cuarentena.</translation>
    </message>
    <message>
        <source>Pack temperature difference</source>
        <translation>Batería: diferencia de temperatura</translation>
    </message>
    <message>
        <source>Pack high temperature</source>
        <translation>Batería: temperatura alta</translation>
    </message>
    <message>
        <source>Pack over voltage</source>
        <translation>Batería: sobrevoltaje</translation>
    </message>
    <message>
        <source>Pack under voltage</source>
        <translation>Batería: bajo voltaje</translation>
    </message>
    <message>
        <source>Pack SoC low</source>
        <translation>Batería: SoC bajo</translation>
    </message>
    <message>
        <source>Pack cell over voltage</source>
        <translation>Batería: sobrevoltaje de celda</translation>
    </message>
    <message>
        <source>Pack cell under voltage</source>
        <translation>Batería: bajo voltaje de celda</translation>
    </message>
    <message>
        <source>Pack SoC high</source>
        <translation>Batería: SoC alto</translation>
    </message>
    <message>
        <source>Pack SoC jump</source>
        <translation>Batería: salto de SoC</translation>
    </message>
    <message>
        <source>Pack storage mismatch</source>
        <translation>Batería: almacenamiento no coincide</translation>
    </message>
    <message>
        <source>Pack poor cell consistency</source>
        <translation>Batería: baja consistencia de celdas</translation>
    </message>
    <message>
        <source>Pack insulation failure</source>
        <translation>Batería: falla de aislamiento</translation>
    </message>
    <message>
        <source>Pack DC-DC temperature</source>
        <translation>Batería: temperatura DC-DC</translation>
    </message>
    <message>
        <source>Pack brake</source>
        <translation>Batería: freno</translation>
    </message>
    <message>
        <source>Pack DC-DC status</source>
        <translation>Batería: estado DC-DC</translation>
    </message>
    <message>
        <source>Pack motor controller temperature</source>
        <translation>Batería: temperatura del controlador del motor</translation>
    </message>
    <message>
        <source>Pack HV interlock</source>
        <translation>Batería: interbloqueo HV</translation>
    </message>
    <message>
        <source>Pack motor temperature</source>
        <translation>Batería: temperatura del motor</translation>
    </message>
    <message>
        <source>Pack over charge</source>
        <translation>Batería: sobrecarga</translation>
    </message>
    <message>
        <source>Pack unknown</source>
        <translation>Batería: alarma desconocida</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports too large a temperature difference inside the pack.</source>
        <translation>El BMS de la batería reporta una diferencia de temperatura demasiado grande dentro de la batería.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high temperature.</source>
        <translation>El BMS de la batería reporta una temperatura alta.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack&apos;s voltage too high.</source>
        <translation>El BMS de la batería reporta un voltaje de la batería demasiado alto.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack&apos;s voltage too low.</source>
        <translation>El BMS de la batería reporta un voltaje de la batería demasiado bajo.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a low state of charge.</source>
        <translation>El BMS de la batería reporta un estado de carga bajo.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a cell voltage too high.</source>
        <translation>El BMS de la batería reporta un voltaje de celda demasiado alto.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a cell voltage too low.</source>
        <translation>El BMS de la batería reporta un voltaje de celda demasiado bajo.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a state of charge too high.</source>
        <translation>El BMS de la batería reporta un estado de carga demasiado alto.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a sudden jump of the state of charge.</source>
        <translation>El BMS de la batería reporta un salto repentino del estado de carga.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports that the pack does not match the vehicle&apos;s energy storage.</source>
        <translation>El BMS de la batería reporta que la batería no corresponde al almacenamiento de energía del vehículo.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports poor consistency between its cells.</source>
        <translation>El BMS de la batería reporta baja consistencia entre sus celdas.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports an insulation failure.</source>
        <translation>El BMS de la batería reporta una falla de aislamiento.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high DC-DC converter temperature.</source>
        <translation>El BMS de la batería reporta una temperatura alta del convertidor DC-DC.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a brake system alarm.</source>
        <translation>El BMS de la batería reporta una alarma del sistema de frenos.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a DC-DC converter fault.</source>
        <translation>El BMS de la batería reporta una falla del convertidor DC-DC.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high motor controller temperature.</source>
        <translation>El BMS de la batería reporta una temperatura alta del controlador del motor.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports its HV interlock open.</source>
        <translation>El BMS de la batería reporta su interbloqueo HV abierto.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high motor temperature.</source>
        <translation>El BMS de la batería reporta una temperatura alta del motor.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack overcharged.</source>
        <translation>El BMS de la batería reporta la batería sobrecargada.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports an alarm this console does not know.</source>
        <translation>El BMS de la batería reporta una alarma que esta consola no conoce.</translation>
    </message>
    <message>
        <source>Stop charging the pack and let it cool; quarantine if it repeats.</source>
        <translation>Detenga la carga de la batería y déjela enfriar; póngala en cuarentena si se repite.</translation>
    </message>
    <message>
        <source>Check the pack&apos;s cooling; quarantine if it repeats.</source>
        <translation>Revise la refrigeración de la batería; póngala en cuarentena si se repite.</translation>
    </message>
    <message>
        <source>Quarantine the pack; do not charge or install it.</source>
        <translation>Ponga la batería en cuarentena; no la cargue ni la instale.</translation>
    </message>
    <message>
        <source>Stop charging; a technician checks the cell balancing.</source>
        <translation>Detenga la carga; un técnico revisa el balanceo de celdas.</translation>
    </message>
    <message>
        <source>Do not install; charge slowly and check the weak cell.</source>
        <translation>No la instale; cárguela lentamente y revise la celda débil.</translation>
    </message>
    <message>
        <source>Schedule a balancing charge; watch the pack&apos;s health.</source>
        <translation>Programe una carga de balanceo; vigile la salud de la batería.</translation>
    </message>
    <message>
        <source>Check the pack&apos;s diagnostics.</source>
        <translation>Revise los diagnósticos de la batería.</translation>
    </message>
    <message>
        <source>The controller reported a fault code this console does not know.</source>
        <translation>El controlador reportó un código de falla que esta consola no conoce.</translation>
    </message>
    <message>
        <source>Look the code up in the controller&apos;s manual.</source>
        <translation>Busque el código en el manual del controlador.</translation>
    </message>
</context>
<context>
    <name>BayCamera</name>
    <message>
        <source>camera %1 is configured, but Qt Multimedia is not installed (pip install &apos;operator-app[camera]&apos;)</source>
        <translation>la cámara %1 está configurada, pero Qt Multimedia no está instalado (pip install &apos;operator-app[camera]&apos;)</translation>
    </message>
    <message>
        <source>camera %1: no such local camera (%2 found)</source>
        <translation>cámara %1: no existe esa cámara local (se encontraron %2)</translation>
    </message>
    <message>
        <source>camera %1: %2</source>
        <translation>cámara %1: %2</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>cámara %1</translation>
    </message>
</context>
<context>
    <name>BayView</name>
    <message>
        <source>waiting for the station</source>
        <translation>esperando a la estación</translation>
    </message>
    <message>
        <source>bay empty</source>
        <translation>bahía vacía</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>espere</translation>
    </message>
    <message>
        <source>STOP: in position</source>
        <translation>ALTO: en posición</translation>
    </message>
    <message>
        <source>forward %1 m</source>
        <translation>adelante %1 m</translation>
    </message>
    <message>
        <source>back %1 m</source>
        <translation>atrás %1 m</translation>
    </message>
    <message>
        <source>steer left %1 m</source>
        <translation>gire a la izquierda %1 m</translation>
    </message>
    <message>
        <source>steer right %1 m</source>
        <translation>gire a la derecha %1 m</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>offsets %1 / %2 mm   lift %3 mm, %4 kg   shuttle %5 m</source>
        <translation>desvíos %1 / %2 mm   elevador %3 mm, %4 kg   lanzadera %5 m</translation>
    </message>
    <message>
        <source>lift</source>
        <translation>elevador</translation>
    </message>
    <message>
        <source>no camera configured: bay drawn from the positioning sensors</source>
        <translation>sin cámara configurada: bahía dibujada a partir de los sensores de posicionamiento</translation>
    </message>
    <message>
        <source>STALE, %1: last known position</source>
        <translation>DESACTUALIZADO, %1: última posición conocida</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>enlace caído</translation>
    </message>
</context>
<context>
    <name>ChargeCurves</name>
    <message>
        <source>SoC (%)</source>
        <translation>SoC (%)</translation>
    </message>
    <message>
        <source>Highest cell (V)</source>
        <translation>Celda más alta (V)</translation>
    </message>
    <message>
        <source>hours from the start of the charge</source>
        <translation>horas desde el inicio de la carga</translation>
    </message>
    <message>
        <source>Charging sessions of %1</source>
        <translation>Sesiones de carga de %1</translation>
    </message>
    <message>
        <source>The journal holds no charging session of pack %1.</source>
        <translation>La bitácora no contiene ninguna sesión de carga de la batería %1.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>%1 % to %2 %, %3 h</source>
        <translation>%1 % a %2 %, %3 h</translation>
    </message>
    <message>
        <source>, %1 Ah</source>
        <translation>, %1 Ah</translation>
    </message>
    <message>
        <source>, not measured (%1)</source>
        <translation>, sin medir (%1)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <source>Configuration: %1; English is used</source>
        <translation>Configuración: %1; se usa inglés</translation>
    </message>
</context>
<context>
    <name>ExpectedModel</name>
    <message>
        <source>%1, %2: %3 x %4</source>
        <translation>%1, %2: %3 x %4</translation>
    </message>
    <message>
        <source>in the bay now, swapped today at %1</source>
        <translation>en la bahía ahora, intercambiado hoy a las %1</translation>
    </message>
    <message>
        <source>in the bay now</source>
        <translation>en la bahía ahora</translation>
    </message>
    <message>
        <source>swapped today at %1</source>
        <translation>intercambiado hoy a las %1</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>esperado</translation>
    </message>
</context>
<context>
    <name>FirstConsole</name>
    <message>
        <source>Swap station console %1</source>
        <translation>Consola de la estación de intercambio %1</translation>
    </message>
    <message>
        <source>SIMULATION: this console is connected to the simulated station, not to real equipment</source>
        <translation>SIMULACIÓN: esta consola está conectada a la estación simulada, no a equipos reales</translation>
    </message>
    <message>
        <source>Link to the station controller</source>
        <translation>Enlace con el controlador de la estación</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Controller heartbeat</source>
        <translation>Latido del controlador</translation>
    </message>
    <message>
        <source>Console heartbeat</source>
        <translation>Latido de la consola</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Ida y vuelta</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Bitácora</translation>
    </message>
    <message>
        <source>Fleet sync</source>
        <translation>Sinc. con la flota</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Step timer</source>
        <translation>Tiempo del paso</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Bahía</translation>
    </message>
    <message>
        <source>Active faults</source>
        <translation>Fallas activas</translation>
    </message>
    <message>
        <source>no alarms</source>
        <translation>sin alarmas</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Ranura</translation>
    </message>
    <message>
        <source>Pack code</source>
        <translation>Código de batería</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>SoC</translation>
    </message>
    <message>
        <source>Max temp.</source>
        <translation>Temp. máx.</translation>
    </message>
    <message>
        <source>Link events</source>
        <translation>Eventos del enlace</translation>
    </message>
    <message>
        <source>block %1 of %2</source>
        <translation>bloque %1 de %2</translation>
    </message>
    <message>
        <source>%1 s of %2 s expected</source>
        <translation>%1 s de %2 s previstos</translation>
    </message>
    <message>
        <source>%1: %2, offsets %3 mm / %4 mm</source>
        <translation>%1: %2, desvíos %3 mm / %4 mm</translation>
    </message>
    <message>
        <source>unknown plate</source>
        <translation>placa desconocida</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>median %1 ms, p99 %2 ms, %3 transactions, %4 timeouts, %5 CRC errors</source>
        <translation>mediana %1 ms, p99 %2 ms, %3 transacciones, %4 tiempos agotados, %5 errores CRC</translation>
    </message>
    <message>
        <source>%1: %3 | high %4, medium %5, low %6</source>
        <translation>%1: %3 | alta %4, media %5, baja %6</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>registrando</translation>
    </message>
    <message>
        <source>DISK FULL</source>
        <translation>DISCO LLENO</translation>
    </message>
    <message>
        <source>NOT RECORDING</source>
        <translation>SIN REGISTRAR</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>aún sin datos</translation>
    </message>
    <message>
        <source>No data from the station controller yet</source>
        <translation>Aún no hay datos del controlador de la estación</translation>
    </message>
    <message>
        <source>%1 s ago (poll %2)</source>
        <translation>hace %1 s (sondeo %2)</translation>
    </message>
    <message>
        <source>STALE: the values below are from %1, %2 s ago; the link to the controller is down</source>
        <translation>DESACTUALIZADO: los valores de abajo son de %1, hace %2 s; el enlace con el controlador está caído</translation>
    </message>
</context>
<context>
    <name>FirstSupervisorPage</name>
    <message>
        <source>First start: the station&apos;s supervisor</source>
        <translation>Primer inicio: el supervisor de la estación</translation>
    </message>
    <message>
        <source>No supervisor is set up on this station yet. The supervisor decides who may work here: make yours now (or later from Sign in). Swaps run without one.</source>
        <translation>Esta estación aún no tiene supervisor. El supervisor decide quién puede trabajar aquí: cree el suyo ahora (o más tarde desde Ingresar). Los intercambios funcionan sin él.</translation>
    </message>
</context>
<context>
    <name>FleetHealth</name>
    <message>
        <source>packs</source>
        <translation>baterías</translation>
    </message>
    <message>
        <source>SoH (%)</source>
        <translation>SoH (%)</translation>
    </message>
    <message>
        <source>Fleet health</source>
        <translation>Salud de la flota</translation>
    </message>
    <message>
        <source>The journal holds no pack with a SoH yet.</source>
        <translation>La bitácora aún no contiene ninguna batería con SoH.</translation>
    </message>
    <message>
        <source>end of life</source>
        <translation>fin de vida útil</translation>
    </message>
    <message>
        <source>Fleet health: %1 packs, median SoH %2 %; %3 measured, %4 by the BMS only (hatched)</source>
        <translation>Salud de la flota: %1 baterías, SoH mediano %2 %; %3 medidas, %4 solo por el BMS (rayadas)</translation>
    </message>
    <message>
        <source>No outliers: every pack is within 2 standard deviations of the median and above the end of life.</source>
        <translation>Sin valores atípicos: todas las baterías están a menos de 2 desviaciones estándar de la mediana y por encima del fin de vida útil.</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Valores atípicos</translation>
    </message>
    <message>
        <source>below the end of life</source>
        <translation>por debajo del fin de vida útil</translation>
    </message>
    <message>
        <source>%1 standard deviations from the median</source>
        <translation>a %1 desviaciones estándar de la mediana</translation>
    </message>
    <message>
        <source> (BMS SoH, not measured)</source>
        <translation> (SoH del BMS, no medido)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Frame (hex)</source>
        <translation>Trama (hex)</translation>
    </message>
    <message>
        <source>CRC</source>
        <translation>CRC</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Exception or problem</source>
        <translation>Excepción o problema</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ enviada</translation>
    </message>
    <message>
        <source>← answer</source>
        <translation>← respuesta</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>BAD</source>
        <translation>MAL</translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation>excepción %1</translation>
    </message>
</context>
<context>
    <name>HealthTrend</name>
    <message>
        <source>SoH (%)</source>
        <translation>SoH (%)</translation>
    </message>
    <message>
        <source>not enough sessions for a trend (%1 good; a trend needs %2 over %3 days)</source>
        <translation>no hay suficientes sesiones para una tendencia (%1 buenas; una tendencia necesita %2 en %3 días)</translation>
    </message>
    <message>
        <source>no decline measured (%1 points a year): no end of life in sight</source>
        <translation>no se midió deterioro (%1 puntos al año): sin fin de vida útil a la vista</translation>
    </message>
    <message>
        <source>below %1 % since about %2</source>
        <translation>por debajo de %1 % desde aproximadamente %2</translation>
    </message>
    <message>
        <source>falls %1 points a year: reaches %2 % around %3</source>
        <translation>baja %1 puntos al año: llega a %2 % hacia %3</translation>
    </message>
    <message>
        <source>Health of %1</source>
        <translation>Salud de %1</translation>
    </message>
    <message>
        <source>The journal holds no health record of pack %1.</source>
        <translation>La bitácora no contiene ningún registro de salud de la batería %1.</translation>
    </message>
    <message>
        <source>Measured SoH %1 % (last of %2 good sessions)</source>
        <translation>SoH medido %1 % (la última de %2 sesiones buenas)</translation>
    </message>
    <message>
        <source>the BMS says %1 %</source>
        <translation>el BMS indica %1 %</translation>
    </message>
    <message>
        <source>BMS SoH</source>
        <translation>SoH del BMS</translation>
    </message>
    <message>
        <source>measured (good sessions)</source>
        <translation>medido (sesiones buenas)</translation>
    </message>
    <message>
        <source>trend of the measured SoH</source>
        <translation>tendencia del SoH medido</translation>
    </message>
    <message>
        <source>end of life %1 %</source>
        <translation>fin de vida útil %1 %</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Identify the vehicle</source>
        <translation>Identificar el vehículo</translation>
    </message>
    <message>
        <source>Plate (2-12 letters and digits), or scan</source>
        <translation>Placa (2-12 letras y dígitos), o escanee</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identificar</translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation>Esperados hoy</translation>
    </message>
    <message>
        <source>Expected today (tap to identify)</source>
        <translation>Esperados hoy (toque para identificar)</translation>
    </message>
    <message>
        <source>Type the plate, scan the vehicle&apos;s code, or tap it in the list.</source>
        <translation>Escriba la placa, escanee el código del vehículo o tóquelo en la lista.</translation>
    </message>
    <message>
        <source>%1 was swapped at %2 today: check before swapping again</source>
        <translation>%1 ya se intercambió hoy a las %2: verifique antes de intercambiarlo de nuevo</translation>
    </message>
    <message>
        <source>Type the plate first, or tap a vehicle in the list.</source>
        <translation>Primero escriba la placa, o toque un vehículo en la lista.</translation>
    </message>
    <message>
        <source>Identify anyway</source>
        <translation>Identificar igual</translation>
    </message>
    <message>
        <source>Not identified: %1</source>
        <translation>No identificado: %1</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>Herramientas de bitácora</translation>
    </message>
    <message>
        <source>Verify the journal</source>
        <translation>Verificar la bitácora</translation>
    </message>
    <message>
        <source>Export: how far back</source>
        <translation>Exportar: desde cuándo</translation>
    </message>
    <message>
        <source>Export: tap the folder to write to</source>
        <translation>Exportar: toque la carpeta de destino</translation>
    </message>
    <message>
        <source>The journal tools need a signed-in technician.</source>
        <translation>Las herramientas de bitácora requieren un técnico con sesión iniciada.</translation>
    </message>
    <message>
        <source>No journal is kept: there is nothing to verify.</source>
        <translation>No se lleva bitácora: no hay nada que verificar.</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>Verificando la bitácora…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Journal verified: no problem found.</source>
        <translation>Bitácora verificada: no se encontraron problemas.</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND: see the lines marked FAIL.</source>
        <translation>SE ENCONTRARON PROBLEMAS: vea las líneas marcadas FAIL.</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>Se exportaron %1 registros a %2.</translation>
    </message>
    <message>
        <source>The export failed: %1. Nothing was left half written; try another folder.</source>
        <translation>La exportación falló: %1. No quedó nada a medio escribir; pruebe otra carpeta.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>For %1: the console speaks it at each of their sign-ins.</source>
        <translation>Para %1: la consola usa este idioma cada vez que ingresa.</translation>
    </message>
    <message>
        <source>For this terminal: the console starts in it. A signed-in person chooses their own.</source>
        <translation>Para esta terminal: la consola inicia en este idioma. Una persona con sesión iniciada elige el suyo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Swap station</source>
        <translation>Estación de intercambio</translation>
    </message>
    <message>
        <source>%1: swap station console %2</source>
        <translation>%1: consola de estación de intercambio %2</translation>
    </message>
    <message>
        <source>MAINTENANCE MODE: no swap starts; motion only while a button is held. Tap for the maintenance page.</source>
        <translation>MODO MANTENIMIENTO: ningún intercambio inicia; movimiento solo con un botón presionado. Toque para ver mantenimiento.</translation>
    </message>
    <message>
        <source>Station details</source>
        <translation>Detalles de la estación</translation>
    </message>
    <message>
        <source>%1 (simulated station)</source>
        <translation>%1 (estación simulada)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>desde el código fuente</translation>
    </message>
    <message>
        <source>unknown: its build_info.json cannot be read</source>
        <translation>desconocida: no se puede leer su build_info.json</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Version %1, kiosk bundle</source>
        <translation>Versión %1, empaquetada para quiosco</translation>
    </message>
    <message>
        <source>About this console:</source>
        <translation>Acerca de esta consola:</translation>
    </message>
    <message>
        <source>Revision %1, built %2</source>
        <translation>Revisión %1, compilación %2</translation>
    </message>
    <message>
        <source>IN: for %1</source>
        <translation>ENTRA: para %1</translation>
    </message>
    <message>
        <source>OUT: depleted pack goes here</source>
        <translation>SALE: aquí va la batería descargada</translation>
    </message>
    <message>
        <source>SIMULATION: not connected to real equipment. Tap here for the training controls.</source>
        <translation>SIMULACIÓN: sin conexión a equipos reales. Toque aquí para los controles de capacitación.</translation>
    </message>
    <message>
        <source>Training users: %1</source>
        <translation>Usuarios de capacitación: %1</translation>
    </message>
    <message>
        <source>Users: no supervisor yet: tap to make the first</source>
        <translation>Usuarios: aún no hay supervisor: toque para crear el primero</translation>
    </message>
    <message>
        <source>Only a signed-in supervisor manages users.</source>
        <translation>Solo un supervisor con sesión iniciada administra los usuarios.</translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN (or show your badge)</source>
        <translation>Toque su nombre y escriba su PIN (o muestre su credencial)</translation>
    </message>
    <message>
        <source>Closing the console needs a name and PIN.</source>
        <translation>Para cerrar la consola se requiere un nombre y un PIN.</translation>
    </message>
    <message>
        <source>%1 (no other language installed)</source>
        <translation>%1 (no hay otro idioma instalado)</translation>
    </message>
    <message>
        <source>A technician&apos;s name and PIN close the console</source>
        <translation>El nombre y el PIN de un técnico cierran la consola</translation>
    </message>
    <message>
        <source>%1 for now: not kept for the next start (%2)</source>
        <translation>%1 por ahora: no se conserva para el próximo inicio (%2)</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Until put back</source>
        <translation>Hasta volver a servicio</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation>8 horas</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Mode and motion</source>
        <translation>Modo y movimiento</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Ranuras</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Sacar de servicio</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Volver a servicio</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>Deshabilitar cargador</translation>
    </message>
    <message>
        <source>Enable charger</source>
        <translation>Habilitar cargador</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>Herramientas de bitácora</translation>
    </message>
    <message>
        <source>Register monitor</source>
        <translation>Monitor de registros</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <source>Lift up</source>
        <translation>Subir elevador</translation>
    </message>
    <message>
        <source>Lift down</source>
        <translation>Bajar elevador</translation>
    </message>
    <message>
        <source>Shuttle toward bay</source>
        <translation>Lanzadera a bahía</translation>
    </message>
    <message>
        <source>Shuttle toward rack</source>
        <translation>Lanzadera a rack</translation>
    </message>
    <message>
        <source>Home axes</source>
        <translation>Ejes a origen</translation>
    </message>
    <message>
        <source>Shuttle to it</source>
        <translation>Lanzadera hasta allí</translation>
    </message>
    <message>
        <source>Lock head</source>
        <translation>Bloquear cabezal</translation>
    </message>
    <message>
        <source>Unlock head</source>
        <translation>Desbloquear cabezal</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Bahía</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Ranura %1</translation>
    </message>
    <message>
        <source>Head %1</source>
        <translation>Cabezal %1</translation>
    </message>
    <message>
        <source>Moving while held…</source>
        <translation>Moviendo mientras se presiona…</translation>
    </message>
    <message>
        <source>Moving while held: %1 s</source>
        <translation>Moviendo mientras se presiona: %1 s</translation>
    </message>
    <message>
        <source>%1 (while held: %2)</source>
        <translation>%1 (mientras se presionaba: %2)</translation>
    </message>
    <message>
        <source>Maintenance, confirmed by the controller. Before leaving: %1</source>
        <translation>Mantenimiento, confirmado por el controlador. Antes de salir: %1</translation>
    </message>
    <message>
        <source>Maintenance, confirmed by the controller. Safe to leave: lift down, shuttle at the bay, nothing carried.</source>
        <translation>Mantenimiento, confirmado por el controlador. Se puede salir con seguridad: elevador abajo, lanzadera en la bahía, sin carga.</translation>
    </message>
    <message>
        <source>Leave maintenance</source>
        <translation>Salir de mantenimiento</translation>
    </message>
    <message>
        <source>Nobody who may work here is signed in: a technician signs in (the status bar&apos;s sign-in) to move the axes or to leave maintenance.</source>
        <translation>Nadie autorizado a trabajar aquí ha ingresado: un técnico ingresa (ingresar, en la barra de estado) para mover los ejes o salir de mantenimiento.</translation>
    </message>
    <message>
        <source>Automatic operation. Motion by hand needs maintenance mode.</source>
        <translation>Operación automática. El movimiento manual requiere el modo mantenimiento.</translation>
    </message>
    <message>
        <source>Enter maintenance</source>
        <translation>Entrar a mantenimiento</translation>
    </message>
    <message>
        <source>at the bay</source>
        <translation>en la bahía</translation>
    </message>
    <message>
        <source>between stops</source>
        <translation>entre paradas</translation>
    </message>
    <message>
        <source>at slot %1</source>
        <translation>en la ranura %1</translation>
    </message>
    <message>
        <source>Lift %1, load %2. Shuttle %3 (%4). Lock heads %5</source>
        <translation>Elevador %1, carga %2. Lanzadera %3 (%4). Cabezales %5</translation>
    </message>
    <message>
        <source>Lift cycles</source>
        <translation>Ciclos del elevador</translation>
    </message>
    <message>
        <source>Lock cycles</source>
        <translation>Ciclos de bloqueo</translation>
    </message>
    <message>
        <source>Shuttle travel, km</source>
        <translation>Recorrido de la lanzadera, km</translation>
    </message>
    <message>
        <source>%1: the controller does not count it (protocol 3.2 has the counters)</source>
        <translation>%1: el controlador no lo cuenta (el protocolo 3.2 tiene los contadores)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1: %2 de %3 (%4 %)</translation>
    </message>
    <message>
        <source>%1: SERVICE DUE</source>
        <translation>%1: SERVICIO PENDIENTE</translation>
    </message>
    <message>
        <source>SERVICE DUE</source>
        <translation>SERVICIO PENDIENTE</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>en movimiento</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>FALLA</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>fuera de servicio</translation>
    </message>
    <message>
        <source>charger disabled</source>
        <translation>cargador deshabilitado</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>falla del cargador</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>en servicio</translation>
    </message>
    <message>
        <source>Slot %1
%2</source>
        <translation>Ranura %1
%2</translation>
    </message>
    <message>
        <source>Tap a slot. To take it out of service, tap why and until when.</source>
        <translation>Toque una ranura. Para sacarla de servicio, toque el motivo y hasta cuándo.</translation>
    </message>
    <message>
        <source>Taken out by %1.</source>
        <translation>Sacada de servicio por %1.</translation>
    </message>
    <message>
        <source>Slot %1 is in service. To take it out, tap why and until when.</source>
        <translation>La ranura %1 está en servicio. Para sacarla de servicio, toque el motivo y hasta cuándo.</translation>
    </message>
</context>
<context>
    <name>PackAlarmModel</name>
    <message>
        <source>raised %1</source>
        <translation>activada %1</translation>
    </message>
    <message>
        <source>cleared %1</source>
        <translation>borrada %1</translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation>no borrada</translation>
    </message>
</context>
<context>
    <name>PackHistoryPlot</name>
    <message>
        <source>No pack chosen.</source>
        <translation>Ninguna batería elegida.</translation>
    </message>
    <message>
        <source>SoC, V, A</source>
        <translation>SoC, V, A</translation>
    </message>
    <message>
        <source>cells, °C, kW</source>
        <translation>celdas, °C, kW</translation>
    </message>
    <message>
        <source>Show
%1</source>
        <translation>Mostrar
%1</translation>
    </message>
    <message>
        <source>The journal holds no telemetry of pack %1.</source>
        <translation>La bitácora no contiene telemetría de la batería %1.</translation>
    </message>
    <message>
        <source>Cursor %1: no sample recorded near this time</source>
        <translation>Cursor %1: no hay muestras registradas cerca de esta hora</translation>
    </message>
    <message>
        <source>Cursor %1: bucket %2 to %3, %4 samples</source>
        <translation>Cursor %1: intervalo de %2 a %3, %4 muestras</translation>
    </message>
    <message>
        <source>Cursor %1: sample at %2</source>
        <translation>Cursor %1: muestra a las %2</translation>
    </message>
    <message>
        <source>no sample</source>
        <translation>sin muestra</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <source>shallow</source>
        <translation>poco profunda</translation>
    </message>
    <message>
        <source>gap in the readings</source>
        <translation>interrupción en las lecturas</translation>
    </message>
    <message>
        <source>SoC jumped</source>
        <translation>salto de SoC</translation>
    </message>
    <message>
        <source>SoC frozen</source>
        <translation>SoC congelado</translation>
    </message>
    <message>
        <source>meter went backwards</source>
        <translation>el medidor retrocedió</translation>
    </message>
    <message>
        <source>link lost</source>
        <translation>enlace perdido</translation>
    </message>
    <message>
        <source>console restarted</source>
        <translation>consola reiniciada</translation>
    </message>
    <message>
        <source>pack removed</source>
        <translation>batería retirada</translation>
    </message>
    <message>
        <source>not complete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>no SoC</source>
        <translation>sin SoC</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>falla del cargador</translation>
    </message>
    <message>
        <source>taken for a swap</source>
        <translation>tomada para un intercambio</translation>
    </message>
    <message>
        <source>console restart</source>
        <translation>reinicio de la consola</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>batería</translation>
    </message>
    <message>
        <source>module</source>
        <translation>módulo</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>celda</translation>
    </message>
    <message>
        <source>Pack details</source>
        <translation>Detalles de la batería</translation>
    </message>
    <message>
        <source>Pack code or slot number</source>
        <translation>Código de batería o número de ranura</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>Deshabilitar cargador</translation>
    </message>
    <message>
        <source>Quarantine…</source>
        <translation>Cuarentena…</translation>
    </message>
    <message>
        <source>Release from quarantine</source>
        <translation>Sacar de cuarentena</translation>
    </message>
    <message>
        <source>Save record…</source>
        <translation>Guardar ficha…</translation>
    </message>
    <message>
        <source>Health: measured by this station and by the BMS</source>
        <translation>Salud: medida por esta estación y por el BMS</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Pack code (GB/T 34014)</source>
        <translation>Código de batería (GB/T 34014)</translation>
    </message>
    <message>
        <source>Its life so far</source>
        <translation>Su vida hasta ahora</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <source>Show the charge curves</source>
        <translation>Ver curvas de carga</translation>
    </message>
    <message>
        <source>Show the SoH trend</source>
        <translation>Ver tendencia del SoH</translation>
    </message>
    <message>
        <source>There is no journal: the packs&apos; health is not known.</source>
        <translation>No hay bitácora: se desconoce la salud de las baterías.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Confirm quarantine</source>
        <translation>Confirmar cuarentena</translation>
    </message>
    <message>
        <source>Reason: %1. Confirm quarantine to keep the pack out of every swap.</source>
        <translation>Motivo: %1. Confirmar cuarentena deja la batería fuera de todo intercambio.</translation>
    </message>
    <message>
        <source>Save here</source>
        <translation>Guardar aquí</translation>
    </message>
    <message>
        <source>Close keyboard</source>
        <translation>Cerrar teclado</translation>
    </message>
    <message>
        <source>over-voltage level %1: %2 V</source>
        <translation>nivel de sobrevoltaje %1: %2 V</translation>
    </message>
    <message>
        <source>under-voltage level %1: %2 V</source>
        <translation>nivel de bajo voltaje %1: %2 V</translation>
    </message>
    <message>
        <source>high temperature level %1: %2 °C</source>
        <translation>nivel de temperatura alta %1: %2 °C</translation>
    </message>
    <message>
        <source>not offered above %1 °C</source>
        <translation>no se ofrece por encima de %1 °C</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Ranura %1</translation>
    </message>
    <message>
        <source>Enable charger (technician)</source>
        <translation>Habilitar cargador (técnico)</translation>
    </message>
    <message>
        <source>Pack record</source>
        <translation>Ficha de la batería</translation>
    </message>
    <message>
        <source>In quarantine: %1</source>
        <translation>En cuarentena: %1</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>sin motivo registrado</translation>
    </message>
    <message>
        <source>Not in the rack: this pack is not at the station now; its records are below.</source>
        <translation>No está en el rack: esta batería no está ahora en la estación; sus registros están abajo.</translation>
    </message>
    <message>
        <source>The slot is empty.</source>
        <translation>La ranura está vacía.</translation>
    </message>
    <message>
        <source>Not offered to any swap. %1</source>
        <translation>No se ofrece a ningún intercambio. %1</translation>
    </message>
    <message>
        <source>Reserved for the running swap.</source>
        <translation>Reservada para el intercambio en curso.</translation>
    </message>
    <message>
        <source>Offered: ready for a vehicle that takes type %1 packs (SoC %2 %, every check passed).</source>
        <translation>Ofrecida: lista para un vehículo que usa baterías tipo %1 (SoC %2 %, todas las verificaciones superadas).</translation>
    </message>
    <message>
        <source>Not offered yet: charging, SoC %1 % of the %2 % needed</source>
        <translation>Aún no se ofrece: cargando, SoC %1 % de %2 % necesario</translation>
    </message>
    <message>
        <source>ready in about %1 min</source>
        <translation>lista en unos %1 min</translation>
    </message>
    <message>
        <source>Slot fault: the slot&apos;s charger reports a fault.</source>
        <translation>Falla de la ranura: el cargador de la ranura reporta una falla.</translation>
    </message>
    <message>
        <source>Not offered: the slot&apos;s charger is faulted.</source>
        <translation>No se ofrece: el cargador de la ranura está en falla.</translation>
    </message>
    <message>
        <source>Not offered: the slot&apos;s charger is switched off (slot disabled).</source>
        <translation>No se ofrece: el cargador de la ranura está apagado (ranura deshabilitada).</translation>
    </message>
    <message>
        <source>Not offered: BMS alarm level %1 (a pack at level %2 or more is kept out).</source>
        <translation>No se ofrece: nivel de alarma BMS %1 (una batería con nivel %2 o más queda fuera).</translation>
    </message>
    <message>
        <source>Not offered: the BMS alarm level is not known.</source>
        <translation>No se ofrece: se desconoce el nivel de alarma BMS.</translation>
    </message>
    <message>
        <source>Not offered: insulation %1 kΩ, below %2 kΩ.</source>
        <translation>No se ofrece: aislamiento %1 kΩ, por debajo de %2 kΩ.</translation>
    </message>
    <message>
        <source>Not offered: readings invalid (%1).</source>
        <translation>No se ofrece: lecturas inválidas (%1).</translation>
    </message>
    <message>
        <source>temperatures</source>
        <translation>temperaturas</translation>
    </message>
    <message>
        <source>Not offered: too hot, %1 °C, above %2 °C.</source>
        <translation>No se ofrece: demasiado caliente, %1 °C, por encima de %2 °C.</translation>
    </message>
    <message>
        <source>Not offered: too cold, %1 °C, below %2 °C.</source>
        <translation>No se ofrece: demasiado fría, %1 °C, por debajo de %2 °C.</translation>
    </message>
    <message>
        <source>Not offered: poor health, SoH %1 %, below %2 %.</source>
        <translation>No se ofrece: mala salud, SoH %1 %, por debajo de %2 %.</translation>
    </message>
    <message>
        <source>Not offered: SoC %1 %, below %2 %, and not charging.</source>
        <translation>No se ofrece: SoC %1 %, por debajo de %2 %, y sin cargar.</translation>
    </message>
    <message>
        <source>Not offered: not ready.</source>
        <translation>No se ofrece: no está lista.</translation>
    </message>
    <message>
        <source>No pack in the slot.</source>
        <translation>No hay batería en la ranura.</translation>
    </message>
    <message>
        <source>Pack %1
Type %2, rated %3 kWh</source>
        <translation>Batería %1
Tipo %2, nominal %3 kWh</translation>
    </message>
    <message>
        <source>Not a GB/T 34014 code: a pack code has 24 characters, this one %1.</source>
        <translation>No es un código GB/T 34014: un código de batería tiene 24 caracteres, este tiene %1.</translation>
    </message>
    <message>
        <source>Not a GB/T 34014 code: only capital letters and digits belong in one.</source>
        <translation>No es un código GB/T 34014: solo admite letras mayúsculas y dígitos.</translation>
    </message>
    <message>
        <source>product type %1 (not known)</source>
        <translation>tipo de producto %1 (desconocido)</translation>
    </message>
    <message>
        <source>battery type %1 (not known)</source>
        <translation>tipo de batería %1 (desconocido)</translation>
    </message>
    <message>
        <source>date code %1 (not a date)</source>
        <translation>código de fecha %1 (no es una fecha)</translation>
    </message>
    <message>
        <source>%1 (a date to come: the code is wrong)</source>
        <translation>%1 (una fecha futura: el código está mal)</translation>
    </message>
    <message>
        <source>Maker %1 · %2 · %3 · specification %4
Traceability %5 · made %6 · serial %7</source>
        <translation>Fabricante %1 · %2 · %3 · especificación %4
Trazabilidad %5 · fabricada %6 · serie %7</translation>
    </message>
    <message>
        <source>BMS SoH: %1 %</source>
        <translation>SoH del BMS: %1 %</translation>
    </message>
    <message>
        <source>No record in the journal for this pack yet.</source>
        <translation>Aún no hay registros de esta batería en la bitácora.</translation>
    </message>
    <message>
        <source>Measured SoH: not measured yet: needs a deep charge (a rise of %1 % SoC or more, without gaps).</source>
        <translation>SoH medido: aún sin medir: requiere una carga profunda (un aumento de %1 % de SoC o más, sin interrupciones).</translation>
    </message>
    <message>
        <source>measured SoH: %1 %</source>
        <translation>SoH medido: %1 %</translation>
    </message>
    <message>
        <source>Measured capacity %1 kWh (%2 Ah) of %3 kWh rated</source>
        <translation>Capacidad medida %1 kWh (%2 Ah) de %3 kWh nominales</translation>
    </message>
    <message numerus="yes">
        <source>from %n good session(s)</source>
        <translation>
            <numerusform>de %n sesión buena</numerusform>
            <numerusform>de %n sesiones buenas</numerusform>
        </translation>
    </message>
    <message>
        <source>spread %1 Ah</source>
        <translation>dispersión %1 Ah</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>%1 full equivalent cycles measured (BMS: %2)</source>
        <translation>%1 ciclos completos equivalentes medidos (BMS: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 kWh charged here in %n session(s)</source>
        <translation>
            <numerusform>%1 kWh cargados aquí en %n sesión</numerusform>
            <numerusform>%1 kWh cargados aquí en %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Over-temperature events %1 · insulation events %2 · level-3 alarms %3</source>
        <translation>Eventos de sobretemperatura %1 · eventos de aislamiento %2 · alarmas de nivel 3 %3</translation>
    </message>
    <message>
        <source>First seen %1 · last seen %2</source>
        <translation>Vista por primera vez %1 · por última vez %2</translation>
    </message>
    <message numerus="yes">
        <source>%n charging session(s), newest first</source>
        <translation>
            <numerusform>%n sesión de carga, la más reciente primero</numerusform>
            <numerusform>%n sesiones de carga, las más recientes primero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured the capacity</source>
        <translation>
            <numerusform>%n midió la capacidad</numerusform>
            <numerusform>%n midieron la capacidad</numerusform>
        </translation>
    </message>
    <message>
        <source>No charging session recorded for this pack yet.</source>
        <translation>Aún no hay sesiones de carga registradas para esta batería.</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) while in a slot here, newest first</source>
        <translation>
            <numerusform>%n alarma mientras estaba en una ranura aquí, la más reciente primero</numerusform>
            <numerusform>%n alarmas mientras estaba en una ranura aquí, las más recientes primero</numerusform>
        </translation>
    </message>
    <message>
        <source>No alarm recorded for this pack.</source>
        <translation>No hay alarmas registradas para esta batería.</translation>
    </message>
    <message>
        <source>SoC %1 % · %2 V · %3 A</source>
        <translation>SoC %1 % · %2 V · %3 A</translation>
    </message>
    <message>
        <source>Charger: %1, %2 kW</source>
        <translation>Cargador: %1, %2 kW</translation>
    </message>
    <message>
        <source>full in %1 min</source>
        <translation>llena en %1 min</translation>
    </message>
    <message>
        <source>Temperatures %1 to %2 °C · cells %3 to %4 V</source>
        <translation>Temperaturas %1 a %2 °C · celdas %3 a %4 V</translation>
    </message>
    <message>
        <source>Not valid now: %1</source>
        <translation>No válido ahora: %1</translation>
    </message>
    <message>
        <source>Insulation: not read</source>
        <translation>Aislamiento: sin leer</translation>
    </message>
    <message>
        <source>INSULATION LOW: %1 kΩ (alarm at %2 kΩ and below)</source>
        <translation>AISLAMIENTO BAJO: %1 kΩ (alarma a %2 kΩ o menos)</translation>
    </message>
    <message>
        <source>Insulation lower than usual: %1 kΩ (below %2 kΩ)</source>
        <translation>Aislamiento más bajo de lo normal: %1 kΩ (por debajo de %2 kΩ)</translation>
    </message>
    <message>
        <source>Insulation: %1 kΩ</source>
        <translation>Aislamiento: %1 kΩ</translation>
    </message>
    <message>
        <source>BMS alarm level: not read</source>
        <translation>Nivel de alarma BMS: sin leer</translation>
    </message>
    <message>
        <source>BMS: no alarm (level 0)</source>
        <translation>BMS: sin alarma (nivel 0)</translation>
    </message>
    <message>
        <source>no flag named</source>
        <translation>sin indicador</translation>
    </message>
    <message>
        <source>BMS alarm level %1: %2</source>
        <translation>Nivel de alarma BMS %1: %2</translation>
    </message>
    <message>
        <source>Cells not read: the controller did not answer within %1 s.</source>
        <translation>Celdas sin leer: el controlador no respondió en %1 s.</translation>
    </message>
    <message>
        <source>Cells not read: the controller did not show this slot&apos;s cells.</source>
        <translation>Celdas sin leer: el controlador no mostró las celdas de esta ranura.</translation>
    </message>
    <message>
        <source>Not in the rack: no live values.</source>
        <translation>No está en el rack: sin valores en vivo.</translation>
    </message>
    <message>
        <source>The slot is empty: no cells to read.</source>
        <translation>La ranura está vacía: no hay celdas que leer.</translation>
    </message>
    <message>
        <source>Shown: the read at %1.</source>
        <translation>Se muestra: la lectura de las %1.</translation>
    </message>
    <message>
        <source>Reading cells…</source>
        <translation>Leyendo celdas…</translation>
    </message>
    <message numerus="yes">
        <source>%n cell voltages</source>
        <translation>
            <numerusform>%n voltaje de celda</numerusform>
            <numerusform>%n voltajes de celda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temperatures</source>
        <translation>
            <numerusform>%n temperatura</numerusform>
            <numerusform>%n temperaturas</numerusform>
        </translation>
    </message>
    <message>
        <source>read at %1, again every %2 s</source>
        <translation>leído a las %1, de nuevo cada %2 s</translation>
    </message>
    <message>
        <source>No valid cell voltage.</source>
        <translation>Ningún voltaje de celda válido.</translation>
    </message>
    <message>
        <source>lowest: cell %1, %2 V · highest: cell %3, %4 V · mean %5 V · spread %6 V</source>
        <translation>mínimo: celda %1, %2 V · máximo: celda %3, %4 V · media %5 V · dispersión %6 V</translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>%n no válido</numerusform>
            <numerusform>%n no válidos</numerusform>
        </translation>
    </message>
    <message>
        <source>No valid temperature.</source>
        <translation>Ninguna temperatura válida.</translation>
    </message>
    <message>
        <source>coolest: sensor %1, %2 °C · hottest: sensor %3, %4 °C · spread %5 °C</source>
        <translation>mínima: sensor %1, %2 °C · máxima: sensor %3, %4 °C · dispersión %5 °C</translation>
    </message>
    <message>
        <source>Why is pack %1 quarantined? It is kept out of every swap until a technician releases it.</source>
        <translation>¿Por qué se pone en cuarentena la batería %1? Queda fuera de todo intercambio hasta que un técnico la libere.</translation>
    </message>
    <message>
        <source>Choose the reason, then Confirm quarantine.</source>
        <translation>Elija el motivo y luego Confirmar cuarentena.</translation>
    </message>
    <message>
        <source>Choose why the pack is quarantined first.</source>
        <translation>Primero elija por qué se pone la batería en cuarentena.</translation>
    </message>
    <message>
        <source>Not quarantined: %1</source>
        <translation>No se puso en cuarentena: %1</translation>
    </message>
    <message>
        <source>Pack %1 is in quarantine (%2): it is not offered to any swap.</source>
        <translation>La batería %1 está en cuarentena (%2): no se ofrece a ningún intercambio.</translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>No liberada: %1</translation>
    </message>
    <message>
        <source>Pack %1 is released from quarantine: it is offered again once it is ready.</source>
        <translation>La batería %1 salió de cuarentena: se ofrece de nuevo cuando esté lista.</translation>
    </message>
    <message>
        <source>This station&apos;s exports folder</source>
        <translation>Carpeta de exportaciones de esta estación</translation>
    </message>
    <message>
        <source>Drive %1</source>
        <translation>Unidad %1</translation>
    </message>
    <message>
        <source>No drive is plugged in and this console keeps no journal: plug in a USB drive, then Save record again.</source>
        <translation>No hay ninguna unidad conectada y esta consola no lleva bitácora: conecte una unidad USB y toque Guardar ficha otra vez.</translation>
    </message>
    <message>
        <source>Choose where, then Save here.</source>
        <translation>Elija dónde y luego Guardar aquí.</translation>
    </message>
    <message>
        <source>Save the record of pack %1 (record and sessions as CSV, a picture of each chart) into %2</source>
        <translation>Guardar la ficha de la batería %1 (ficha y sesiones en CSV, una imagen de cada gráfico) en %2</translation>
    </message>
    <message>
        <source>Choose where to save first.</source>
        <translation>Primero elija dónde guardar.</translation>
    </message>
    <message>
        <source>Written before that: %1.</source>
        <translation>Ya escritos antes: %1.</translation>
    </message>
    <message>
        <source>Not saved to %1: %2.</source>
        <translation>No se guardó en %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1, each named %2-…: %3.</source>
        <translation>
            <numerusform>Se guardó %n archivo en %1, con el nombre %2-…: %3.</numerusform>
            <numerusform>Se guardaron %n archivos en %1, cada uno con el nombre %2-…: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>the drive is read-only or write-protected</source>
        <translation>la unidad es de solo lectura o está protegida contra escritura</translation>
    </message>
    <message>
        <source>the drive is full</source>
        <translation>la unidad está llena</translation>
    </message>
    <message>
        <source>the drive is gone or failing (unplugged?)</source>
        <translation>la unidad desapareció o está fallando (¿desconectada?)</translation>
    </message>
    <message>
        <source>that is not a folder</source>
        <translation>eso no es una carpeta</translation>
    </message>
    <message>
        <source>the drive refused it (%1)</source>
        <translation>la unidad lo rechazó (%1)</translation>
    </message>
    <message>
        <source>Type the pack&apos;s code (or scan it), or a slot number, then OK.</source>
        <translation>Escriba el código de la batería (o escanéelo), o un número de ranura, y luego OK.</translation>
    </message>
    <message>
        <source>Type a pack code or a slot number first.</source>
        <translation>Primero escriba un código de batería o un número de ranura.</translation>
    </message>
    <message numerus="yes">
        <source>There is no slot %1: the rack has %n slot(s).</source>
        <translation>
            <numerusform>No existe la ranura %1: el rack tiene %n ranura.</numerusform>
            <numerusform>No existe la ranura %1: el rack tiene %n ranuras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packs in the rack match %1: type more of the code.</source>
        <translation>
            <numerusform>%n batería del rack coincide con %1: escriba más del código.</numerusform>
            <numerusform>%n baterías del rack coinciden con %1: escriba más del código.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack %1 is not in the rack: its records.</source>
        <translation>La batería %1 no está en el rack: sus registros.</translation>
    </message>
    <message>
        <source>No pack %1 in the rack or in the journal.</source>
        <translation>No hay batería %1 en el rack ni en la bitácora.</translation>
    </message>
    <message>
        <source>Found in slot %1.</source>
        <translation>Encontrada en la ranura %1.</translation>
    </message>
</context>
<context>
    <name>PackPlots</name>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Raw samples (every 10 s while active, every minute at rest)</source>
        <translation>Muestras sin procesar (cada 10 s en actividad, cada minuto en reposo)</translation>
    </message>
    <message>
        <source>1-minute buckets: band = min to max, line = mean</source>
        <translation>Intervalos de 1 minuto: banda = mín. a máx., línea = media</translation>
    </message>
    <message>
        <source>1-hour buckets: band = min to max, line = mean</source>
        <translation>Intervalos de 1 hora: banda = mín. a máx., línea = media</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2.</source>
        <translation>No se puede leer la bitácora %1: %2.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>min</source>
        <translation>mín.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>SoC</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Voltaje</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Corriente</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>máxima</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>mínima</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>Potencia del cargador</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>Over-temperature</source>
        <translation>Sobretemperatura</translation>
    </message>
    <message>
        <source>Insulation fault</source>
        <translation>Falla de aislamiento</translation>
    </message>
    <message>
        <source>BMS SoH disagrees with the measured capacity</source>
        <translation>El SoH del BMS no coincide con la capacidad medida</translation>
    </message>
    <message>
        <source>Cell imbalance</source>
        <translation>Desbalance de celdas</translation>
    </message>
    <message>
        <source>Physical damage or a leak</source>
        <translation>Daño físico o fuga</translation>
    </message>
    <message>
        <source>Repeated BMS alarms</source>
        <translation>Alarmas BMS repetidas</translation>
    </message>
    <message>
        <source>Other: a technician inspects it</source>
        <translation>Otro: un técnico la inspecciona</translation>
    </message>
    <message>
        <source>Blocked by the fleet</source>
        <translation>Bloqueada por la flota</translation>
    </message>
    <message>
        <source>no pack is named</source>
        <translation>no se indicó ninguna batería</translation>
    </message>
    <message>
        <source>choose why from the list</source>
        <translation>elija el motivo de la lista</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>primero ingrese</translation>
    </message>
    <message>
        <source>the pack is in quarantine already</source>
        <translation>la batería ya está en cuarentena</translation>
    </message>
    <message>
        <source>the pack is not in quarantine</source>
        <translation>la batería no está en cuarentena</translation>
    </message>
    <message>
        <source>only a technician may release a pack from quarantine</source>
        <translation>solo un técnico puede sacar una batería de cuarentena</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (training)</source>
        <translation>%1 (capacitación)</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: deshabilitado</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The person&apos;s name (the keyboard, or a keyboard plugged in):</source>
        <translation>Nombre de la persona (teclado en pantalla o conectado):</translation>
    </message>
    <message>
        <source>Their role:</source>
        <translation>Su rol:</translation>
    </message>
    <message>
        <source>Their PIN, 4 to 8 digits, not easy to guess:</source>
        <translation>Su PIN, de 4 a 8 dígitos, difícil de adivinar:</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>El mismo PIN otra vez:</translation>
    </message>
</context>
<context>
    <name>PlateKeyboard</name>
    <message>
        <source>ไทย / ABC</source>
        <translation>ไทย / ABC</translation>
    </message>
</context>
<context>
    <name>RackView</name>
    <message>
        <source>%1 s old</source>
        <translation>hace %1 s</translation>
    </message>
    <message>
        <source>%1 min old</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h old</source>
        <translation>hace %1 h</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Swap receipt</source>
        <translation>Comprobante de intercambio</translation>
    </message>
    <message>
        <source>The driver can scan the code to keep this swap&apos;s record.</source>
        <translation>El conductor puede escanear el código para guardar el registro de este intercambio.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abortado</translation>
    </message>
    <message>
        <source>result unknown</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>%1 (slot %2, %3 %)</source>
        <translation>%1 (ranura %2, %3 %)</translation>
    </message>
    <message>
        <source>Vehicle: %1 (%2)</source>
        <translation>Vehículo: %1 (%2)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Packs removed: %1</source>
        <translation>Baterías retiradas: %1</translation>
    </message>
    <message>
        <source>Packs installed: %1</source>
        <translation>Baterías instaladas: %1</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh (metered into the packs installed)</source>
        <translation>Energía entregada: %1 kWh (medida en las baterías instaladas)</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh (estimated from the packs&apos; SoC)</source>
        <translation>Energía entregada: %1 kWh (estimada a partir del SoC de las baterías)</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh</source>
        <translation>Energía entregada: %1 kWh</translation>
    </message>
    <message>
        <source>Duration: %1 min %2 s</source>
        <translation>Duración: %1 min %2 s</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Finalizado: %1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>Transacción: %1</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Estación: %1</translation>
    </message>
    <message>
        <source>NOT RECORDED in the station journal: %1</source>
        <translation>NO REGISTRADO en la bitácora de la estación: %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>a lock head jammed</source>
        <translation>un cabezal de bloqueo se atascó</translation>
    </message>
    <message>
        <source>the lift read an overload</source>
        <translation>el elevador detectó una sobrecarga</translation>
    </message>
    <message>
        <source>the shuttle stopped off its slot</source>
        <translation>la lanzadera se detuvo fuera de su ranura</translation>
    </message>
    <message>
        <source>a slot&apos;s charger is faulted</source>
        <translation>el cargador de una ranura está en falla</translation>
    </message>
    <message>
        <source>a pack&apos;s insulation is too low</source>
        <translation>el aislamiento de una batería es demasiado bajo</translation>
    </message>
    <message>
        <source>the vehicle could not be positioned</source>
        <translation>no se pudo posicionar el vehículo</translation>
    </message>
    <message>
        <source>emergency stop</source>
        <translation>paro de emergencia</translation>
    </message>
    <message>
        <source>someone crossed the bay light curtain</source>
        <translation>alguien cruzó la cortina de luz de la bahía</translation>
    </message>
    <message>
        <source>the controller lost this console&apos;s heartbeat</source>
        <translation>el controlador perdió el latido de esta consola</translation>
    </message>
    <message>
        <source>the installed pack is not the planned one</source>
        <translation>la batería instalada no es la planificada</translation>
    </message>
    <message>
        <source>the pack&apos;s BMS did not answer</source>
        <translation>el BMS de la batería no respondió</translation>
    </message>
    <message>
        <source>the vehicle&apos;s HV interlock is open</source>
        <translation>el interbloqueo HV del vehículo está abierto</translation>
    </message>
    <message>
        <source>a swap was aborted mid-way</source>
        <translation>se abortó un intercambio a medio camino</translation>
    </message>
    <message>
        <source>a pack raised an alarm</source>
        <translation>una batería activó una alarma</translation>
    </message>
    <message>
        <source>a station door is open</source>
        <translation>una puerta de la estación está abierta</translation>
    </message>
    <message>
        <source>the controller restarted during a swap</source>
        <translation>el controlador se reinició durante un intercambio</translation>
    </message>
    <message>
        <source>the vehicle did not switch its HV off</source>
        <translation>el vehículo no apagó su HV</translation>
    </message>
    <message>
        <source>the vehicle did not confirm its parking brake</source>
        <translation>el vehículo no confirmó su freno de estacionamiento</translation>
    </message>
    <message>
        <source>the lift&apos;s load cell read a mass that is not the pack&apos;s</source>
        <translation>la celda de carga del elevador midió una masa que no es la de la batería</translation>
    </message>
    <message>
        <source>a lock head ended below its locking torque</source>
        <translation>un cabezal de bloqueo terminó por debajo de su torque de bloqueo</translation>
    </message>
    <message>
        <source>controller fault code %1</source>
        <translation>código de falla del controlador %1</translation>
    </message>
    <message>
        <source>no fault given</source>
        <translation>no se indicó ninguna falla</translation>
    </message>
    <message>
        <source>the journal could not record the start: %1</source>
        <translation>la bitácora no pudo registrar el inicio: %1</translation>
    </message>
    <message>
        <source>the swap was not started: call a technician about the journal</source>
        <translation>el intercambio no se inició: llame a un técnico por la bitácora</translation>
    </message>
    <message>
        <source>the controller does not know this command</source>
        <translation>el controlador no conoce este comando</translation>
    </message>
    <message>
        <source>check that the controller&apos;s firmware speaks this console&apos;s register map</source>
        <translation>verifique que el firmware del controlador use el mapa de registros de esta consola</translation>
    </message>
    <message>
        <source>the controller found the command&apos;s values out of range</source>
        <translation>el controlador encontró los valores del comando fuera de rango</translation>
    </message>
    <message>
        <source>plan the swap again; if it repeats, call a technician</source>
        <translation>planifique el intercambio de nuevo; si se repite, llame a un técnico</translation>
    </message>
    <message>
        <source>the station is not in the right mode (automatic or maintenance)</source>
        <translation>la estación no está en el modo correcto (automático o mantenimiento)</translation>
    </message>
    <message>
        <source>ask a technician to set the mode</source>
        <translation>pida a un técnico que ajuste el modo</translation>
    </message>
    <message>
        <source>the emergency stop is latched</source>
        <translation>el paro de emergencia está enclavado</translation>
    </message>
    <message>
        <source>make the bay safe and turn the reset key at the cabinet, then reset here</source>
        <translation>asegure la bahía y gire la llave de rearme en el gabinete, luego rearme aquí</translation>
    </message>
    <message>
        <source>a swap is already running</source>
        <translation>ya hay un intercambio en curso</translation>
    </message>
    <message>
        <source>wait for it to end; it shows in the swap panel</source>
        <translation>espere a que termine; aparece en el panel de intercambio</translation>
    </message>
    <message>
        <source>no vehicle is in position</source>
        <translation>no hay ningún vehículo en posición</translation>
    </message>
    <message>
        <source>wait until the bay shows the vehicle in position, then start again</source>
        <translation>espere a que la bahía muestre el vehículo en posición y luego inicie de nuevo</translation>
    </message>
    <message>
        <source>a planned slot holds no pack</source>
        <translation>una ranura planificada no tiene batería</translation>
    </message>
    <message>
        <source>tap Start swap again: the console plans from the rack as it is now</source>
        <translation>toque Iniciar intercambio otra vez: la consola planifica con el rack tal como está ahora</translation>
    </message>
    <message>
        <source>there is no free slot for the depleted pack</source>
        <translation>no hay ranura libre para la batería descargada</translation>
    </message>
    <message>
        <source>free a slot, or call a technician</source>
        <translation>libere una ranura, o llame a un técnico</translation>
    </message>
    <message>
        <source>a fault is active at the controller</source>
        <translation>hay una falla activa en el controlador</translation>
    </message>
    <message>
        <source>follow the recovery steps to clear the fault, then start again</source>
        <translation>siga los pasos de recuperación para eliminar la falla y luego inicie de nuevo</translation>
    </message>
    <message>
        <source>no swap is running</source>
        <translation>no hay ningún intercambio en curso</translation>
    </message>
    <message>
        <source>nothing to stop</source>
        <translation>nada que detener</translation>
    </message>
    <message>
        <source>the bay sees a different number of pack blocks</source>
        <translation>la bahía detecta un número distinto de bloques de batería</translation>
    </message>
    <message>
        <source>check that the right vehicle is identified</source>
        <translation>verifique que esté identificado el vehículo correcto</translation>
    </message>
    <message>
        <source>motion is held after the controller lost this console&apos;s heartbeat</source>
        <translation>el movimiento está retenido porque el controlador perdió el latido de esta consola</translation>
    </message>
    <message>
        <source>check the bay is clear, then resume</source>
        <translation>verifique que la bahía esté despejada y luego reanude</translation>
    </message>
    <message>
        <source>a planned pack is not available (charging, faulted, disabled or the wrong type)</source>
        <translation>una batería planificada no está disponible (cargando, en falla, deshabilitada o de tipo incorrecto)</translation>
    </message>
    <message>
        <source>the emergency stop is still latched at the cabinet</source>
        <translation>el paro de emergencia sigue enclavado en el gabinete</translation>
    </message>
    <message>
        <source>turn the reset key at the cabinet first, then reset here</source>
        <translation>primero gire la llave de rearme en el gabinete, luego rearme aquí</translation>
    </message>
    <message>
        <source>no motion is held</source>
        <translation>no hay movimiento retenido</translation>
    </message>
    <message>
        <source>nothing to resume</source>
        <translation>nada que reanudar</translation>
    </message>
    <message>
        <source>the controller refused it with reason code %1</source>
        <translation>el controlador lo rechazó con el código de motivo %1</translation>
    </message>
    <message>
        <source>call a technician with this code</source>
        <translation>llame a un técnico con este código</translation>
    </message>
    <message>
        <source>the E-stop is still latched: make the bay safe and turn the reset key at the cabinet first</source>
        <translation>el paro de emergencia sigue enclavado: primero asegure la bahía y gire la llave de rearme en el gabinete</translation>
    </message>
    <message>
        <source>nothing to reset: the controller reports no fault</source>
        <translation>nada que rearmar: el controlador no reporta fallas</translation>
    </message>
    <message>
        <source>%1: only a technician may reset this; sign in as technician</source>
        <translation>%1: solo un técnico puede rearmar esto; ingrese como técnico</translation>
    </message>
    <message>
        <source>nothing to resume: no motion is held</source>
        <translation>nada que reanudar: no hay movimiento retenido</translation>
    </message>
    <message>
        <source>nothing to retry: no vehicle&apos;s positioning failed</source>
        <translation>nada que reintentar: no falló el posicionamiento de ningún vehículo</translation>
    </message>
    <message>
        <source>there is no slot %1</source>
        <translation>no existe la ranura %1</translation>
    </message>
    <message>
        <source>this needs the %1 role: sign in</source>
        <translation>esto requiere el rol de %1: ingrese</translation>
    </message>
    <message>
        <source>homing needs maintenance mode: a signed-in technician selects it</source>
        <translation>llevar los ejes a origen requiere el modo mantenimiento: un técnico con sesión iniciada lo selecciona</translation>
    </message>
    <message>
        <source>a swap is running: wait for it to end or abort it</source>
        <translation>hay un intercambio en curso: espere a que termine, o aborte el intercambio</translation>
    </message>
    <message>
        <source>first the steps above: the station is not ready for a swap yet</source>
        <translation>primero los pasos de arriba: la estación aún no está lista para un intercambio</translation>
    </message>
    <message>
        <source>the link to the controller is down: nothing can be sent, and what is shown is the last known state</source>
        <translation>el enlace con el controlador está caído: no se puede enviar nada, y lo que se muestra es el último estado conocido</translation>
    </message>
    <message>
        <source>no data from the station yet</source>
        <translation>aún no hay datos de la estación</translation>
    </message>
    <message>
        <source>slot %1&apos;s charger is already %2</source>
        <translation>el cargador de la ranura %1 ya está %2</translation>
    </message>
    <message>
        <source>a station door is open: close it first</source>
        <translation>una puerta de la estación está abierta: ciérrela primero</translation>
    </message>
    <message>
        <source>the station is already in %1 mode</source>
        <translation>la estación ya está en modo %1</translation>
    </message>
    <message>
        <source>a lock head moves only in maintenance mode: select it first</source>
        <translation>un cabezal de bloqueo solo se mueve en modo mantenimiento: selecciónelo primero</translation>
    </message>
    <message>
        <source>there is no lock head %1</source>
        <translation>no existe el cabezal de bloqueo %1</translation>
    </message>
    <message>
        <source>lock head %1 is already %2</source>
        <translation>el cabezal de bloqueo %1 ya está %2</translation>
    </message>
    <message>
        <source>lock head %1 ended below its torque: unlock it first</source>
        <translation>el cabezal de bloqueo %1 terminó por debajo de su torque: primero desbloquéelo</translation>
    </message>
    <message>
        <source>no vehicle in the bay</source>
        <translation>no hay vehículo en la bahía</translation>
    </message>
    <message>
        <source>vehicle %1 in the bay, its packs locked</source>
        <translation>vehículo %1 en la bahía, con sus baterías bloqueadas</translation>
    </message>
    <message>
        <source>vehicle %1 in the bay, not locked (block %2): it must not drive off</source>
        <translation>vehículo %1 en la bahía, sin bloquear (bloque %2): no debe irse</translation>
    </message>
    <message>
        <source>lock head %1 jammed</source>
        <translation>cabezal de bloqueo %1 atascado</translation>
    </message>
    <message>
        <source>lock head %1 below its locking torque (%2 Nm)</source>
        <translation>cabezal de bloqueo %1 por debajo de su torque de bloqueo (%2 Nm)</translation>
    </message>
    <message>
        <source>the load cell read %1 kg, where a %2 kWh pack weighs %3 kg</source>
        <translation>la celda de carga midió %1 kg, cuando una batería de %2 kWh pesa %3 kg</translation>
    </message>
    <message>
        <source>a pack is on the lift (%1 kg, lift at %2 mm)</source>
        <translation>hay una batería en el elevador (%1 kg, elevador a %2 mm)</translation>
    </message>
    <message>
        <source>the lift stands at %1 mm</source>
        <translation>el elevador está a %1 mm</translation>
    </message>
    <message>
        <source>a pack is on the shuttle (%1)</source>
        <translation>hay una batería en la lanzadera (%1)</translation>
    </message>
    <message>
        <source>at the bay</source>
        <translation>en la bahía</translation>
    </message>
    <message>
        <source>at slot %1</source>
        <translation>en la ranura %1</translation>
    </message>
    <message>
        <source>between stops</source>
        <translation>entre paradas</translation>
    </message>
    <message>
        <source>E-stop latched</source>
        <translation>paro de emergencia enclavado</translation>
    </message>
    <message>
        <source>E-stop key turned at the cabinet, the reset is still to confirm here</source>
        <translation>llave del paro de emergencia girada en el gabinete, falta confirmar el rearme aquí</translation>
    </message>
    <message>
        <source>motion held after the controller lost this console&apos;s heartbeat</source>
        <translation>movimiento retenido porque el controlador perdió el latido de esta consola</translation>
    </message>
    <message>
        <source>the vehicle could not be positioned (%1 tries)</source>
        <translation>no se pudo posicionar el vehículo (%1 intentos)</translation>
    </message>
    <message>
        <source>slot %1&apos;s charger is faulted</source>
        <translation>el cargador de la ranura %1 está en falla</translation>
    </message>
    <message>
        <source>all motion is stopped; keep clear of the lift and the shuttle while a pack is on them</source>
        <translation>todo movimiento está detenido; manténgase lejos del elevador y la lanzadera mientras tengan una batería encima</translation>
    </message>
    <message>
        <source>motion is held and will not start again until someone here resumes it or aborts the swap</source>
        <translation>el movimiento está retenido y no volverá a arrancar hasta que alguien aquí lo reanude o aborte el intercambio</translation>
    </message>
    <message>
        <source>the swap machinery is safe; only the faulted charger is stopped</source>
        <translation>la maquinaria de intercambio está segura; solo el cargador en falla está detenido</translation>
    </message>
    <message>
        <source>no motion in the bay; the driver waits for a signal</source>
        <translation>sin movimiento en la bahía; el conductor espera una señal</translation>
    </message>
    <message>
        <source>the controller holds motion when it stops seeing this console; it will wait for someone here to resume</source>
        <translation>el controlador retiene el movimiento cuando deja de ver esta consola; esperará a que alguien aquí lo reanude</translation>
    </message>
    <message>
        <source>the link to the controller is down; last known</source>
        <translation>el enlace con el controlador está caído; último estado conocido</translation>
    </message>
    <message>
        <source>slot %1&apos;s pack has low insulation: disable slot %2&apos;s charger, which isolates the pack (a reset does not cure it); a technician quarantines it</source>
        <translation>la batería de la ranura %1 tiene aislamiento bajo: deshabilite el cargador de la ranura %2, lo que aísla la batería (un rearme no lo soluciona); un técnico la pone en cuarentena</translation>
    </message>
    <message>
        <source>check the serial cable and the controller&apos;s power; the console reconnects by itself and then shows what the controller says</source>
        <translation>revise el cable serie y la alimentación del controlador; la consola se reconecta sola y luego muestra lo que indica el controlador</translation>
    </message>
    <message>
        <source>clear the bay and make sure nobody is inside the light curtain</source>
        <translation>despeje la bahía y asegúrese de que no haya nadie dentro de la cortina de luz</translation>
    </message>
    <message>
        <source>turn the E-stop reset key at the cabinet</source>
        <translation>gire la llave de rearme del paro de emergencia en el gabinete</translation>
    </message>
    <message>
        <source>reset faults here: the controller returns any pack in transit to a free slot and locks the vehicle&apos;s packs</source>
        <translation>rearme las fallas aquí: el controlador devuelve cualquier batería en tránsito a una ranura libre y bloquea las baterías del vehículo</translation>
    </message>
    <message>
        <source>a technician (signed in) resets here after freeing the cause: the controller then returns any pack in transit to a free slot and locks the vehicle&apos;s packs</source>
        <translation>un técnico (con sesión iniciada) rearma aquí después de eliminar la causa: el controlador entonces devuelve cualquier batería en tránsito a una ranura libre y bloquea las baterías del vehículo</translation>
    </message>
    <message>
        <source>next, technician: maintenance. Call a technician; in maintenance mode they free the jam, check the lift or realign the shuttle</source>
        <translation>luego, técnico: mantenimiento. Llame a un técnico; en modo mantenimiento libera el atasco, revisa el elevador o realinea la lanzadera</translation>
    </message>
    <message>
        <source>keep the vehicle where it is: do not let it drive off</source>
        <translation>mantenga el vehículo donde está: no deje que se vaya</translation>
    </message>
    <message>
        <source>check the bay is clear, then resume: the swap continues from where it held</source>
        <translation>verifique que la bahía esté despejada y luego reanude: el intercambio continúa desde donde se retuvo</translation>
    </message>
    <message>
        <source>or abort the swap: the controller stops it where it stands</source>
        <translation>o aborte el intercambio: el controlador lo detiene donde está</translation>
    </message>
    <message>
        <source>then start the swap again for the vehicle in the bay</source>
        <translation>luego inicie de nuevo el intercambio para el vehículo en la bahía</translation>
    </message>
    <message>
        <source>guide the driver back to the start of the wheel guides</source>
        <translation>guíe al conductor de vuelta al inicio de las guías de ruedas</translation>
    </message>
    <message>
        <source>retry positioning: the driver drives onto the guides again</source>
        <translation>reintente el posicionamiento: el conductor vuelve a entrar en las guías</translation>
    </message>
    <message>
        <source>reset faults here: this resets the faulted charger (and, as every reset, lets the controller move a pack in transit, so the bay must be clear)</source>
        <translation>rearme las fallas aquí: esto rearma el cargador en falla (y, como todo rearme, permite al controlador mover una batería en tránsito, así que la bahía debe estar despejada)</translation>
    </message>
    <message>
        <source>if it faults again, disable slot %1&apos;s charger and call a technician; its pack is not used for swaps while it is disabled</source>
        <translation>si vuelve a fallar, deshabilite el cargador de la ranura %1 y llame a un técnico; su batería no se usa para intercambios mientras esté deshabilitado</translation>
    </message>
    <message>
        <source>technician: home the axes (lift down, shuttle to the bay)</source>
        <translation>técnico: lleve los ejes a origen (elevador abajo, lanzadera a la bahía)</translation>
    </message>
    <message>
        <source>technician: return the station to automatic mode when the work is done</source>
        <translation>técnico: devuelva la estación a modo automático al terminar el trabajo</translation>
    </message>
    <message>
        <source>the driver switches the vehicle off (HV off) and keeps it off until the swap ends</source>
        <translation>el conductor apaga el vehículo (HV apagado) y lo mantiene apagado hasta que termine el intercambio</translation>
    </message>
    <message>
        <source>the driver sets the parking brake and keeps it set until the swap ends</source>
        <translation>el conductor aplica el freno de estacionamiento y lo mantiene aplicado hasta que termine el intercambio</translation>
    </message>
    <message>
        <source>close the station door: nothing moves and no swap starts while it is open</source>
        <translation>cierre la puerta de la estación: nada se mueve ni se inicia ningún intercambio mientras esté abierta</translation>
    </message>
    <message>
        <source>technician: check the pack on the lift against its type and the load cell before the reset</source>
        <translation>técnico: antes del rearme, compare la batería del elevador con su tipo y revise la celda de carga</translation>
    </message>
    <message>
        <source>technician: select maintenance mode to re-lock the lock head</source>
        <translation>técnico: seleccione el modo mantenimiento para volver a bloquear el cabezal de bloqueo</translation>
    </message>
    <message>
        <source>hold Unlock head until lock head %1 reads unlocked</source>
        <translation>mantenga presionado Desbloquear cabezal hasta que el cabezal de bloqueo %1 indique desbloqueado</translation>
    </message>
    <message>
        <source>hold Lock head until lock head %1 reads locked, its torque in the window (180-250 Nm)</source>
        <translation>mantenga presionado Bloquear cabezal hasta que el cabezal de bloqueo %1 indique bloqueado, con su torque dentro de la ventana (180-250 Nm)</translation>
    </message>
    <message>
        <source>technician: return the station to automatic mode</source>
        <translation>técnico: devuelva la estación a modo automático</translation>
    </message>
    <message>
        <source>the station is in maintenance mode: no swap starts until it is automatic</source>
        <translation>la estación está en modo mantenimiento: no se inicia ningún intercambio hasta que esté en automático</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>mantenimiento</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>desbloqueado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitado</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitado</translation>
    </message>
    <message>
        <source>the rack has no free slot for the vehicle&apos;s first pack: the stopped swap put a pack back into it. A technician takes one pack out of the rack in maintenance mode, or the vehicle leaves as it is (its packs are locked)</source>
        <translation>el rack no tiene ranura libre para la primera batería del vehículo: el intercambio detenido devolvió una batería al rack. Un técnico saca una batería del rack en modo mantenimiento, o el vehículo se va tal como está (sus baterías están bloqueadas)</translation>
    </message>
    <message>
        <source>a move runs in direction -1 or 1</source>
        <translation>un movimiento va en la dirección -1 o 1</translation>
    </message>
    <message>
        <source>the controller&apos;s protocol has no such move (it needs protocol 3.2)</source>
        <translation>el protocolo del controlador no tiene ese movimiento (requiere el protocolo 3.2)</translation>
    </message>
    <message>
        <source>the link to the controller is down</source>
        <translation>el enlace con el controlador está caído</translation>
    </message>
    <message>
        <source>the move stopped: the button was released</source>
        <translation>el movimiento se detuvo: se soltó el botón</translation>
    </message>
    <message>
        <source>the move stopped: the link to the controller failed, so the console stopped holding it; the controller stops it by itself</source>
        <translation>el movimiento se detuvo: falló el enlace con el controlador, así que la consola dejó de mantenerlo; el controlador lo detiene por sí mismo</translation>
    </message>
    <message>
        <source>the move stopped: this screen stopped responding, so the console stopped holding it</source>
        <translation>el movimiento se detuvo: esta pantalla dejó de responder, así que la consola dejó de mantenerlo</translation>
    </message>
    <message>
        <source>the move was not sent: %1</source>
        <translation>el movimiento no se envió: %1</translation>
    </message>
    <message>
        <source>the controller refused the move&apos;s values (Modbus exception %1): a target it does not have, or a direction the move does not take</source>
        <translation>el controlador rechazó los valores del movimiento (excepción Modbus %1): un destino que no tiene, o una dirección que el movimiento no admite</translation>
    </message>
    <message>
        <source>the move stopped: another move took its place</source>
        <translation>el movimiento se detuvo: otro movimiento ocupó su lugar</translation>
    </message>
    <message>
        <source>it does not move: the emergency stop is latched or not yet reset</source>
        <translation>no se mueve: el paro de emergencia está enclavado o aún sin rearmar</translation>
    </message>
    <message>
        <source>it does not move: motion is held after a lost heartbeat; resume first</source>
        <translation>no se mueve: el movimiento está retenido tras perder el latido; primero reanude</translation>
    </message>
    <message>
        <source>it does not move: a swap is running</source>
        <translation>no se mueve: hay un intercambio en curso</translation>
    </message>
    <message>
        <source>it does not move: the station is not in maintenance mode</source>
        <translation>no se mueve: la estación no está en modo mantenimiento</translation>
    </message>
    <message>
        <source>it does not move: the axes are homing</source>
        <translation>no se mueve: los ejes están yendo a origen</translation>
    </message>
    <message>
        <source>it does not move: a station door is open</source>
        <translation>no se mueve: una puerta de la estación está abierta</translation>
    </message>
    <message>
        <source>it stopped: the controller stopped hearing the button; release it and press again</source>
        <translation>se detuvo: el controlador dejó de recibir el botón; suéltelo y presione de nuevo</translation>
    </message>
    <message>
        <source>it stopped: a move may run 30 s at a time; release the button and press again</source>
        <translation>se detuvo: un movimiento puede durar como máximo 30 s seguidos; suelte el botón y presione de nuevo</translation>
    </message>
    <message>
        <source>it does not move: no lock head or slot chosen</source>
        <translation>no se mueve: no se eligió cabezal de bloqueo ni ranura</translation>
    </message>
    <message>
        <source>it does not move: the shuttle moves only with the lift down</source>
        <translation>no se mueve: la lanzadera solo se mueve con el elevador abajo</translation>
    </message>
    <message>
        <source>it does not move: the lift moves only with the shuttle at the bay or at a slot</source>
        <translation>no se mueve: el elevador solo se mueve con la lanzadera en la bahía o en una ranura</translation>
    </message>
    <message>
        <source>it does not unlock: the vehicle has not confirmed HV off and its parking brake</source>
        <translation>no se desbloquea: el vehículo no ha confirmado HV apagado ni su freno de estacionamiento</translation>
    </message>
    <message>
        <source>it is there: nothing more to move in that direction</source>
        <translation>ya está ahí: no hay más que mover en esa dirección</translation>
    </message>
    <message>
        <source>the lock ended below its torque window: the head is faulted; unlock it and lock it again</source>
        <translation>el bloqueo terminó por debajo de su ventana de torque: el cabezal está en falla; desbloquéelo y vuelva a bloquearlo</translation>
    </message>
    <message>
        <source>it does not move: the controller gives reason code %1</source>
        <translation>no se mueve: el controlador indica el código de motivo %1</translation>
    </message>
    <message>
        <source>homed: the lift is down and the shuttle at the bay</source>
        <translation>en origen: el elevador está abajo y la lanzadera en la bahía</translation>
    </message>
    <message>
        <source>%1; chosen by %2: %3. %4</source>
        <translation>%1; elegidas por %2: %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>%n of the rack&apos;s type %1 packs are ready</source>
        <translation>
            <numerusform>%n batería tipo %1 del rack está lista</numerusform>
            <numerusform>%n baterías tipo %1 del rack están listas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, luego %2</translation>
    </message>
    <message>
        <source>slot %1 (%2 % SoC, %3 % SoH, %4)</source>
        <translation>ranura %1 (%2 % SoC, %3 % SoH, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n cycles</source>
        <translation>
            <numerusform>%n ciclo</numerusform>
            <numerusform>%n ciclos</numerusform>
        </translation>
    </message>
    <message>
        <source>cycles unknown</source>
        <translation>ciclos desconocidos</translation>
    </message>
    <message>
        <source>Depleted pack to slot %1.</source>
        <translation>Batería descargada a la ranura %1.</translation>
    </message>
    <message>
        <source>Block 1 carries no pack: nothing to take out first.</source>
        <translation>El bloque 1 no lleva batería: no hay nada que sacar primero.</translation>
    </message>
    <message numerus="yes">
        <source>needs %n packs of type %1, %2</source>
        <translation>
            <numerusform>necesita %n batería de tipo %1, %2</numerusform>
            <numerusform>necesita %n baterías de tipo %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n lista</numerusform>
            <numerusform>%n listas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the rack holds no type %2 pack</source>
        <translation>%1: el rack no tiene ninguna batería de tipo %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; enough ready in about %3 min</source>
        <translation>%1: %2; suficientes listas en unos %3 min</translation>
    </message>
    <message>
        <source>no free slot for the depleted pack: every slot holds a pack</source>
        <translation>no hay ranura libre para la batería descargada: todas las ranuras tienen batería</translation>
    </message>
    <message numerus="yes">
        <source>%n without a pack code</source>
        <translation>
            <numerusform>%n sin código de batería</numerusform>
            <numerusform>%n sin código de batería</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n en cuarentena</numerusform>
            <numerusform>%n en cuarentena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reserved</source>
        <translation>
            <numerusform>%n reservada</numerusform>
            <numerusform>%n reservadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a charger fault</source>
        <translation>
            <numerusform>%n con falla del cargador</numerusform>
            <numerusform>%n con falla del cargador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in disabled slots</source>
        <translation>
            <numerusform>%n en una ranura deshabilitada</numerusform>
            <numerusform>%n en ranuras deshabilitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with invalid readings</source>
        <translation>
            <numerusform>%n con lecturas inválidas</numerusform>
            <numerusform>%n con lecturas inválidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in poor health</source>
        <translation>
            <numerusform>%n con mala salud</numerusform>
            <numerusform>%n con mala salud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the temperature out of range</source>
        <translation>
            <numerusform>%n con temperatura fuera de rango</numerusform>
            <numerusform>%n con temperatura fuera de rango</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with insulation low</source>
        <translation>
            <numerusform>%n con aislamiento bajo</numerusform>
            <numerusform>%n con aislamiento bajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging</source>
        <translation>
            <numerusform>%n cargando</numerusform>
            <numerusform>%n cargando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not charged</source>
        <translation>
            <numerusform>%n no cargada</numerusform>
            <numerusform>%n no cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at alarm level %1</source>
        <translation>
            <numerusform>%n con nivel de alarma %1</numerusform>
            <numerusform>%n con nivel de alarma %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n: %1</source>
        <translation>
            <numerusform>%n: %1</numerusform>
            <numerusform>%n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>highest SoC</source>
        <translation>mayor SoC</translation>
    </message>
    <message>
        <source>fewest cycles</source>
        <translation>menos ciclos</translation>
    </message>
    <message>
        <source>best health</source>
        <translation>mejor salud</translation>
    </message>
    <message>
        <source>coolest</source>
        <translation>más fría</translation>
    </message>
    <message>
        <source>lowest slot</source>
        <translation>menor número de ranura</translation>
    </message>
    <message>
        <source>motion held: the controller lost the console&apos;s heartbeat</source>
        <translation>movimiento retenido: el controlador perdió el latido de la consola</translation>
    </message>
    <message>
        <source>the bay light curtain is interrupted</source>
        <translation>la cortina de luz de la bahía está interrumpida</translation>
    </message>
    <message>
        <source>controller faults: %1</source>
        <translation>fallas del controlador: %1</translation>
    </message>
    <message>
        <source>no reason given by the controller</source>
        <translation>el controlador no indicó motivo</translation>
    </message>
    <message>
        <source>enter the person&apos;s name</source>
        <translation>escriba el nombre de la persona</translation>
    </message>
    <message>
        <source>a name has at most %1 characters</source>
        <translation>un nombre tiene como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>a name is letters, digits, spaces and . - &apos; only</source>
        <translation>un nombre solo admite letras, dígitos, espacios y . - &apos;</translation>
    </message>
    <message>
        <source>there is already a user called %1</source>
        <translation>ya existe un usuario llamado %1</translation>
    </message>
    <message>
        <source>there is no user called %1</source>
        <translation>no existe ningún usuario llamado %1</translation>
    </message>
    <message>
        <source>a PIN is 4 to 8 digits</source>
        <translation>un PIN tiene de 4 a 8 dígitos</translation>
    </message>
    <message>
        <source>that PIN is too easy to guess (one digit repeated, or a run like 1234): choose another</source>
        <translation>ese PIN es demasiado fácil de adivinar (un dígito repetido, o una serie como 1234): elija otro</translation>
    </message>
    <message>
        <source>another user has that PIN: choose another</source>
        <translation>otro usuario tiene ese PIN: elija otro</translation>
    </message>
    <message>
        <source>the two PINs differ: enter the same PIN twice</source>
        <translation>los dos PIN son distintos: escriba el mismo PIN dos veces</translation>
    </message>
    <message>
        <source>another user has that badge</source>
        <translation>otro usuario tiene esa credencial</translation>
    </message>
    <message>
        <source>a badge reads at least 4 characters</source>
        <translation>una credencial tiene al menos 4 caracteres</translation>
    </message>
    <message>
        <source>wrong PIN (%1 of %2 tries)</source>
        <translation>PIN incorrecto (intento %1 de %2)</translation>
    </message>
    <message>
        <source>too many wrong PINs: sign-in is locked for %1 s</source>
        <translation>demasiados PIN incorrectos: el ingreso está bloqueado por %1 s</translation>
    </message>
    <message>
        <source>wrong PIN, %1 times: sign-in is locked for %2 s</source>
        <translation>PIN incorrecto %1 veces: el ingreso está bloqueado por %2 s</translation>
    </message>
    <message>
        <source>that badge belongs to no user</source>
        <translation>esa credencial no pertenece a ningún usuario</translation>
    </message>
    <message>
        <source>%1 is disabled: a supervisor can enable them again</source>
        <translation>%1 está deshabilitado: un supervisor puede volver a habilitarlo</translation>
    </message>
    <message>
        <source>%1 is a training user: training users sign in on the simulated station only</source>
        <translation>%1 es un usuario de capacitación: los usuarios de capacitación solo ingresan en la estación simulada</translation>
    </message>
    <message>
        <source>%1 is the last supervisor: add another supervisor first</source>
        <translation>%1 es el último supervisor: primero agregue otro supervisor</translation>
    </message>
    <message>
        <source>enter the PIN first</source>
        <translation>primero escriba el PIN</translation>
    </message>
    <message>
        <source>no one can sign in: the user file cannot be used (%1)</source>
        <translation>nadie puede ingresar: no se puede usar el archivo de usuarios (%1)</translation>
    </message>
    <message>
        <source>only a supervisor manages users</source>
        <translation>solo un supervisor administra los usuarios</translation>
    </message>
    <message>
        <source>maintenance needs a signed-in technician or supervisor</source>
        <translation>el mantenimiento requiere un técnico o supervisor con sesión iniciada</translation>
    </message>
    <message>
        <source>a swap is running: maintenance waits for it to end</source>
        <translation>hay un intercambio en curso: el mantenimiento espera a que termine</translation>
    </message>
    <message>
        <source>the station is in maintenance already</source>
        <translation>la estación ya está en mantenimiento</translation>
    </message>
    <message>
        <source>the station is not in maintenance</source>
        <translation>la estación no está en mantenimiento</translation>
    </message>
    <message>
        <source>maintenance asked of the controller: it shows once the controller confirms</source>
        <translation>mantenimiento solicitado al controlador: se muestra cuando el controlador lo confirme</translation>
    </message>
    <message>
        <source>automatic operation asked of the controller</source>
        <translation>operación automática solicitada al controlador</translation>
    </message>
    <message>
        <source>the controller confirms maintenance mode</source>
        <translation>el controlador confirma el modo mantenimiento</translation>
    </message>
    <message>
        <source>the controller confirms automatic operation</source>
        <translation>el controlador confirma la operación automática</translation>
    </message>
    <message>
        <source>the station stays in maintenance until it is safe: %1</source>
        <translation>la estación sigue en mantenimiento hasta que sea seguro: %1</translation>
    </message>
    <message>
        <source>motion needs maintenance mode: enter it first</source>
        <translation>el movimiento requiere el modo mantenimiento: primero entre a él</translation>
    </message>
    <message>
        <source>the move stopped: %1</source>
        <translation>el movimiento se detuvo: %1</translation>
    </message>
    <message>
        <source>a second finger touched the screen</source>
        <translation>un segundo dedo tocó la pantalla</translation>
    </message>
    <message>
        <source>the console&apos;s window stopped being the active one</source>
        <translation>la ventana de la consola dejó de ser la activa</translation>
    </message>
    <message>
        <source>the button went away (page changed, or signed out)</source>
        <translation>el botón desapareció (cambió la página, o se cerró la sesión)</translation>
    </message>
    <message>
        <source>the lift is not down (home the axes)</source>
        <translation>el elevador no está abajo (lleve los ejes a origen)</translation>
    </message>
    <message>
        <source>the shuttle is not at the bay (home the axes)</source>
        <translation>la lanzadera no está en la bahía (lleve los ejes a origen)</translation>
    </message>
    <message>
        <source>a pack is on the lift</source>
        <translation>hay una batería en el elevador</translation>
    </message>
    <message>
        <source>a pack is on the shuttle</source>
        <translation>hay una batería en la lanzadera</translation>
    </message>
    <message>
        <source>an axis is still moving</source>
        <translation>un eje aún se está moviendo</translation>
    </message>
    <message>
        <source>lock head %1 is faulted</source>
        <translation>el cabezal de bloqueo %1 está en falla</translation>
    </message>
    <message>
        <source>no data from the controller</source>
        <translation>sin datos del controlador</translation>
    </message>
    <message>
        <source>slot %1 is out of service: %2</source>
        <translation>la ranura %1 está fuera de servicio: %2</translation>
    </message>
    <message>
        <source>slot %1 is out of service until %3: %2</source>
        <translation>la ranura %1 está fuera de servicio hasta %3: %2</translation>
    </message>
    <message>
        <source>slot %1 is back in service</source>
        <translation>la ranura %1 volvió a servicio</translation>
    </message>
    <message>
        <source>slot %1 is out of service already</source>
        <translation>la ranura %1 ya está fuera de servicio</translation>
    </message>
    <message>
        <source>slot %1 is in service</source>
        <translation>la ranura %1 está en servicio</translation>
    </message>
    <message>
        <source>say why the slot is out of service</source>
        <translation>indique por qué la ranura está fuera de servicio</translation>
    </message>
    <message>
        <source>slot %1 is in the running swap</source>
        <translation>la ranura %1 está en el intercambio en curso</translation>
    </message>
    <message>
        <source>that time has passed already</source>
        <translation>esa hora ya pasó</translation>
    </message>
    <message>
        <source>charger repair</source>
        <translation>reparación del cargador</translation>
    </message>
    <message>
        <source>connector worn</source>
        <translation>conector desgastado</translation>
    </message>
    <message>
        <source>slot inspection</source>
        <translation>inspección de la ranura</translation>
    </message>
    <message>
        <source>cooling fault</source>
        <translation>falla de refrigeración</translation>
    </message>
    <message>
        <source>rack damage</source>
        <translation>daño en el rack</translation>
    </message>
    <message>
        <source>other work</source>
        <translation>otro trabajo</translation>
    </message>
    <message>
        <source>no plate given</source>
        <translation>no se indicó placa</translation>
    </message>
    <message>
        <source>a plate has letters, digits, spaces and hyphens only (Thai consonants allowed); not %1</source>
        <translation>una placa solo tiene letras, dígitos, espacios y guiones (se admiten consonantes tailandesas); no %1</translation>
    </message>
    <message>
        <source>a plate has %1 to %2 characters, not %3</source>
        <translation>una placa tiene de %1 a %2 caracteres, no %3</translation>
    </message>
    <message>
        <source>a vehicle carries 1 to %1 pack blocks</source>
        <translation>un vehículo lleva de 1 a %1 bloques de batería</translation>
    </message>
    <message>
        <source>a vehicle needs a pack type</source>
        <translation>un vehículo necesita un tipo de batería</translation>
    </message>
    <message>
        <source>that code is not a vehicle tag (4-40 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;): scan again</source>
        <translation>ese código no es una etiqueta de vehículo (4-40 letras, dígitos, &apos;:&apos;, &apos;_&apos; o &apos;-&apos;): escanee de nuevo</translation>
    </message>
    <message>
        <source>no vehicle is registered with code %1</source>
        <translation>no hay ningún vehículo registrado con el código %1</translation>
    </message>
    <message>
        <source>%1 is not a registered vehicle: check the plate, or ask the fleet office to register it</source>
        <translation>%1 no es un vehículo registrado: revise la placa, o pida a la oficina de la flota que lo registre</translation>
    </message>
    <message>
        <source>%1 is disabled at this station: a technician can enable it on the Vehicles page</source>
        <translation>%1 está deshabilitado en esta estación: un técnico puede habilitarlo en la página Vehículos</translation>
    </message>
    <message>
        <source>only a signed-in technician or supervisor changes the vehicle registry</source>
        <translation>solo un técnico o supervisor con sesión iniciada modifica el registro de vehículos</translation>
    </message>
    <message>
        <source>%1 is already registered: tap it in the list to edit it</source>
        <translation>%1 ya está registrado: tóquelo en la lista para editarlo</translation>
    </message>
    <message>
        <source>%1 is not in the registry</source>
        <translation>%1 no está en el registro</translation>
    </message>
    <message>
        <source>the last change is still being recorded: try again in a moment</source>
        <translation>el último cambio aún se está registrando: intente de nuevo en un momento</translation>
    </message>
    <message>
        <source>the journal could not record it, so nothing was changed: %1</source>
        <translation>la bitácora no pudo registrarlo, así que no se cambió nada: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is registered (%2, type %3, %n blocks)</source>
        <translation>
            <numerusform>%1 está registrado (%2, tipo %3, %n bloque)</numerusform>
            <numerusform>%1 está registrado (%2, tipo %3, %n bloques)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 cambiado: %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1: nothing to change</source>
        <translation>%1: nada que cambiar</translation>
    </message>
    <message>
        <source>%1 is disabled: no swap starts for it until it is enabled again</source>
        <translation>%1 está deshabilitado: no se inicia ningún intercambio para él hasta que se vuelva a habilitar</translation>
    </message>
    <message>
        <source>%1 is enabled: it may be swapped again</source>
        <translation>%1 está habilitado: puede volver a intercambiarse</translation>
    </message>
    <message>
        <source>%1 was already disabled</source>
        <translation>%1 ya estaba deshabilitado</translation>
    </message>
    <message>
        <source>%1 was already enabled</source>
        <translation>%1 ya estaba habilitado</translation>
    </message>
    <message>
        <source>%1 imported: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1 importado: %2 nuevos, %3 actualizados, %4 sin cambios</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>flota</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>pack type</source>
        <translation>tipo de batería</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>bloques</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>no fleet given: every vehicle belongs to a fleet</source>
        <translation>no se indicó flota: todo vehículo pertenece a una flota</translation>
    </message>
    <message>
        <source>a fleet&apos;s name has at most %1 characters, not %2</source>
        <translation>el nombre de una flota tiene como máximo %1 caracteres, no %2</translation>
    </message>
    <message>
        <source>a model&apos;s name has at most %1 characters, not %2</source>
        <translation>el nombre de un modelo tiene como máximo %1 caracteres, no %2</translation>
    </message>
    <message>
        <source>pack type %1: one of %2</source>
        <translation>tipo de batería %1: debe ser uno de %2</translation>
    </message>
    <message>
        <source>choose the vehicle&apos;s pack type</source>
        <translation>elija el tipo de batería del vehículo</translation>
    </message>
    <message>
        <source>blocks %1: a vehicle carries 1 to %2 pack blocks</source>
        <translation>bloques %1: un vehículo lleva de 1 a %2 bloques de batería</translation>
    </message>
    <message>
        <source>plate %1: %2</source>
        <translation>placa %1: %2</translation>
    </message>
    <message>
        <source>tag %1: a tag is 4 to 40 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>etiqueta %1: una etiqueta tiene de 4 a 40 letras, dígitos, &apos;:&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>at most %1 tags a vehicle, not %2</source>
        <translation>como máximo %1 etiquetas por vehículo, no %2</translation>
    </message>
    <message>
        <source>tag %1 already names %2</source>
        <translation>la etiqueta %1 ya identifica a %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1 is also on line %2</source>
        <translation>%1 también está en la línea %2</translation>
    </message>
    <message>
        <source>%1 on line %2</source>
        <translation>%1 en la línea %2</translation>
    </message>
    <message>
        <source>%1 values where the first line names %2 columns</source>
        <translation>%1 valores donde la primera línea nombra %2 columnas</translation>
    </message>
    <message>
        <source>the first line must name the columns plate, fleet, model, pack_type, blocks (and tags, if any); it reads %1</source>
        <translation>la primera línea debe nombrar las columnas plate (placa), fleet (flota), model (modelo), pack_type (tipo de batería), blocks (bloques) (y tags, si las hay); dice %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line %1, byte %2): save it as CSV UTF-8</source>
        <translation>el archivo no es texto UTF-8 (línea %1, byte %2): guárdelo como CSV UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV: %1</source>
        <translation>el archivo no se puede leer como CSV: %1</translation>
    </message>
    <message>
        <source>the file has %1 MB: a vehicle list is at most %2 MB</source>
        <translation>el archivo tiene %1 MB: una lista de vehículos tiene como máximo %2 MB</translation>
    </message>
    <message>
        <source>the file lists no vehicles</source>
        <translation>el archivo no contiene vehículos</translation>
    </message>
    <message numerus="yes">
        <source>%n more lines are wrong</source>
        <translation>
            <numerusform>%n línea más es incorrecta</numerusform>
            <numerusform>%n líneas más son incorrectas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing was changed: %2</source>
        <translation>%1 no se importó, no se cambió nada: %2</translation>
    </message>
    <message>
        <source>nothing to acknowledge: the alarm is not unacknowledged</source>
        <translation>nada que reconocer: la alarma no está sin reconocer</translation>
    </message>
    <message>
        <source>acknowledging %1 needs the %2 role</source>
        <translation>reconocer %1 requiere el rol de %2</translation>
    </message>
    <message>
        <source>nothing to reset: the alarm is not latched with its cause gone</source>
        <translation>nada que rearmar: la alarma no está enclavada con su causa ya desaparecida</translation>
    </message>
    <message>
        <source>acknowledge the alarm before resetting it</source>
        <translation>reconozca la alarma antes de rearmarla</translation>
    </message>
    <message>
        <source>resetting %1 needs the %2 role</source>
        <translation>rearmar %1 requiere el rol de %2</translation>
    </message>
    <message>
        <source>only an annunciated alarm can be shelved</source>
        <translation>solo se puede suspender una alarma que se esté mostrando</translation>
    </message>
    <message>
        <source>%1 may not be shelved</source>
        <translation>%1 no se puede suspender</translation>
    </message>
    <message>
        <source>shelving needs the %1 role</source>
        <translation>suspender requiere el rol de %1</translation>
    </message>
    <message>
        <source>shelving needs a reason</source>
        <translation>suspender requiere un motivo</translation>
    </message>
    <message>
        <source>shelve for at most %1 minutes</source>
        <translation>suspenda por %1 minutos como máximo</translation>
    </message>
    <message>
        <source>the alarm is not shelved</source>
        <translation>la alarma no está suspendida</translation>
    </message>
    <message>
        <source>unshelving needs the %1 role</source>
        <translation>reactivar requiere el rol de %1</translation>
    </message>
    <message>
        <source>no such alarm point</source>
        <translation>no existe ese punto de alarma</translation>
    </message>
    <message>
        <source>taking an alarm out of service needs the technician role</source>
        <translation>sacar una alarma de servicio requiere el rol de técnico</translation>
    </message>
    <message>
        <source>taking an alarm out of service needs a reason</source>
        <translation>sacar una alarma de servicio requiere un motivo</translation>
    </message>
    <message>
        <source>the alarm is in service</source>
        <translation>la alarma está en servicio</translation>
    </message>
    <message>
        <source>recording the start in the journal</source>
        <translation>registrando el inicio en la bitácora</translation>
    </message>
    <message>
        <source>the start was not sent: the journal could not record it</source>
        <translation>el inicio no se envió: la bitácora no pudo registrarlo</translation>
    </message>
    <message>
        <source>start sent: waiting for the controller</source>
        <translation>inicio enviado: esperando al controlador</translation>
    </message>
    <message>
        <source>abort requested: the controller brings the step to a safe stop</source>
        <translation>se solicitó abortar: el controlador lleva el paso a una parada segura</translation>
    </message>
    <message>
        <source>the controller did not start the swap: %1</source>
        <translation>el controlador no inició el intercambio: %1</translation>
    </message>
    <message>
        <source>no answer to the start command: watching the station to learn whether it started</source>
        <translation>sin respuesta al comando de inicio: observando la estación para saber si comenzó</translation>
    </message>
    <message>
        <source>the abort was not confirmed by the controller (%1)</source>
        <translation>el controlador no confirmó la orden de abortar (%1)</translation>
    </message>
    <message>
        <source>the controller has no swap running: the start never took effect</source>
        <translation>el controlador no tiene ningún intercambio en curso: el inicio nunca tuvo efecto</translation>
    </message>
    <message>
        <source>the start command got no answer and never ran</source>
        <translation>el comando de inicio no obtuvo respuesta y nunca se ejecutó</translation>
    </message>
    <message>
        <source>swap running</source>
        <translation>intercambio en curso</translation>
    </message>
    <message>
        <source>swap running, %1</source>
        <translation>intercambio en curso, %1</translation>
    </message>
    <message>
        <source>swap already running when the console connected, %1</source>
        <translation>intercambio ya en curso cuando se conectó la consola, %1</translation>
    </message>
    <message>
        <source>started at the bay&apos;s local button</source>
        <translation>iniciado con el botón local de la bahía</translation>
    </message>
    <message>
        <source>started from another terminal</source>
        <translation>iniciado desde otra terminal</translation>
    </message>
    <message>
        <source>started from this console</source>
        <translation>iniciado desde esta consola</translation>
    </message>
    <message>
        <source>swap completed</source>
        <translation>intercambio completado</translation>
    </message>
    <message>
        <source>swap completed, but the console&apos;s check disagrees: %1</source>
        <translation>intercambio completado, pero la verificación de la consola discrepa: %1</translation>
    </message>
    <message>
        <source>swap aborted</source>
        <translation>intercambio abortado</translation>
    </message>
    <message>
        <source>swap failed: %1</source>
        <translation>intercambio fallido: %1</translation>
    </message>
    <message>
        <source>the controller no longer reports this swap: its end is unknown</source>
        <translation>el controlador ya no reporta este intercambio: se desconoce cómo terminó</translation>
    </message>
    <message>
        <source>the serial line went away (adapter unplugged, or the device server or simulator closed it): %1</source>
        <translation>se perdió la línea serie (adaptador desconectado, o el servidor de dispositivos o el simulador la cerró): %1</translation>
    </message>
    <message>
        <source>answer failed its CRC check (noise on the line?)</source>
        <translation>la respuesta no pasó la verificación CRC (¿ruido en la línea?)</translation>
    </message>
    <message>
        <source>answer longer than expected (noise or a second talker)</source>
        <translation>respuesta más larga de lo esperado (ruido o un segundo emisor)</translation>
    </message>
    <message>
        <source>byte count %1 for %2 registers</source>
        <translation>conteo de bytes %1 para %2 registros</translation>
    </message>
    <message>
        <source>write echo %1 differs from the request</source>
        <translation>el eco de escritura %1 difiere de la solicitud</translation>
    </message>
    <message>
        <source>write answer %1 differs from the request</source>
        <translation>la respuesta de escritura %1 difiere de la solicitud</translation>
    </message>
    <message>
        <source>answer from unit %1, expected %2</source>
        <translation>respuesta de la unidad %1, se esperaba %2</translation>
    </message>
    <message>
        <source>no valid answer within %1 ms, only %2 bytes of noise or a cut answer</source>
        <translation>sin respuesta válida en %1 ms, solo %2 bytes de ruido o una respuesta incompleta</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>sin respuesta en %1 ms</translation>
    </message>
    <message>
        <source>answer cut short: %1 of %2 bytes</source>
        <translation>respuesta incompleta: %1 de %2 bytes</translation>
    </message>
    <message>
        <source>controller answered function %1 with exception %2 (%3)</source>
        <translation>el controlador respondió a la función %1 con la excepción %2 (%3)</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>función ilegal</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>dirección de datos ilegal</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>valor de datos ilegal</translation>
    </message>
    <message>
        <source>device failure</source>
        <translation>falla del dispositivo</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>dispositivo ocupado</translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation>excepción desconocida</translation>
    </message>
    <message>
        <source>serial port %1 does not exist: check that the USB adapter is plugged in (ls /dev/serial/by-id/) and that the path is right</source>
        <translation>el puerto serie %1 no existe: verifique que el adaptador USB esté conectado (ls /dev/serial/by-id/) y que la ruta sea correcta</translation>
    </message>
    <message>
        <source>no permission to open %1: add the console&apos;s user to the &apos;dialout&apos; group (see the README&apos;s udev notes)</source>
        <translation>sin permiso para abrir %1: agregue el usuario de la consola al grupo &apos;dialout&apos; (vea las notas de udev del README)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>the link is not connected</source>
        <translation>el enlace no está conectado</translation>
    </message>
    <message>
        <source>the device answers but is not a swap-station controller (identity %1, expected %2): check the unit id and the wiring</source>
        <translation>el dispositivo responde pero no es un controlador de estación de intercambio (identidad %1, se esperaba %2): revise el id de unidad y el cableado</translation>
    </message>
    <message>
        <source>controller speaks protocol %1, this console %2: update one of them</source>
        <translation>el controlador usa el protocolo %1 y esta consola el %2: actualice uno de los dos</translation>
    </message>
    <message>
        <source>controller reports %1 rack slots</source>
        <translation>el controlador reporta %1 ranuras en el rack</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>abriendo %1</translation>
    </message>
    <message>
        <source>built-in simulated station</source>
        <translation>estación simulada integrada</translation>
    </message>
    <message>
        <source>%1 at %2 baud %3, unit %4</source>
        <translation>%1 a %2 baudios %3, unidad %4</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, unidad %2</translation>
    </message>
    <message>
        <source>no valid answer for %1 s (%2)</source>
        <translation>sin respuesta válida durante %1 s (%2)</translation>
    </message>
    <message>
        <source>controller heartbeat has not changed for %1 s: the controller program may have stopped; its values are not current</source>
        <translation>el latido del controlador no cambia desde hace %1 s: puede que el programa del controlador se haya detenido; sus valores no están actualizados</translation>
    </message>
    <message>
        <source>errors have cleared</source>
        <translation>los errores cesaron</translation>
    </message>
    <message>
        <source>the controller answers again, heartbeat changing</source>
        <translation>el controlador vuelve a responder y su latido cambia</translation>
    </message>
    <message>
        <source>controller answers, heartbeat changing</source>
        <translation>el controlador responde y su latido cambia</translation>
    </message>
    <message>
        <source>errors on the line, recovered by retries; the controller answers</source>
        <translation>errores en la línea, recuperados con reintentos; el controlador responde</translation>
    </message>
    <message>
        <source>the console&apos;s screen has not responded for %1 s: the console heartbeat stops, so the controller holds motion</source>
        <translation>la pantalla de la consola no responde desde hace %1 s: el latido de la consola se detiene, así que el controlador retiene el movimiento</translation>
    </message>
    <message>
        <source>the console&apos;s screen responds again: console heartbeat resumed</source>
        <translation>la pantalla de la consola responde de nuevo: se reanudó el latido de la consola</translation>
    </message>
    <message>
        <source>the controller restarted</source>
        <translation>el controlador se reinició</translation>
    </message>
    <message>
        <source>the controller restarted while the link was down</source>
        <translation>el controlador se reinició mientras el enlace estaba caído</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n command(s) it had not answered are unknown and will not be sent again</source>
        <translation>
            <numerusform>%1: se desconoce el resultado de %n comando sin respuesta; no se volverá a enviar</numerusform>
            <numerusform>%1: se desconoce el resultado de %n comandos sin respuesta; no se volverán a enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>the console closed the link before the controller answered</source>
        <translation>la consola cerró el enlace antes de que el controlador respondiera</translation>
    </message>
    <message>
        <source>not sent: the link to the controller is %1</source>
        <translation>no enviado: el enlace con el controlador está %1</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>the controller restarted before it reported the end; check the station before repeating it</source>
        <translation>el controlador se reinició antes de reportar el final; revise la estación antes de repetirlo</translation>
    </message>
    <message>
        <source>not sent: the controller restarted; check the station, then send it again</source>
        <translation>no enviado: el controlador se reinició; revise la estación y luego envíelo de nuevo</translation>
    </message>
    <message>
        <source>the controller answered sequence %1 for %2: another master on the line?</source>
        <translation>el controlador respondió a la secuencia %1 para %2: ¿otro maestro en la línea?</translation>
    </message>
    <message>
        <source>the controller no longer reports it as running</source>
        <translation>el controlador ya no lo reporta como en curso</translation>
    </message>
    <message>
        <source>a later command replaced its answer before it reported its end</source>
        <translation>un comando posterior reemplazó su respuesta antes de que reportara su final</translation>
    </message>
    <message>
        <source>the controller&apos;s swap result now describes another swap</source>
        <translation>el resultado de intercambio del controlador ahora describe otro intercambio</translation>
    </message>
    <message>
        <source>the controller reports no result for the swap it accepted</source>
        <translation>el controlador no reporta ningún resultado del intercambio que aceptó</translation>
    </message>
    <message>
        <source>accepted, but its end was not reported in time: check the station</source>
        <translation>aceptado, pero su final no se reportó a tiempo: revise la estación</translation>
    </message>
    <message>
        <source>not sent: the link could not carry it in time</source>
        <translation>no enviado: el enlace no pudo transmitirlo a tiempo</translation>
    </message>
    <message>
        <source>no answer in time: the command may or may not have been carried out; check the station before repeating it</source>
        <translation>sin respuesta a tiempo: puede que el comando se haya ejecutado o no; revise la estación antes de repetirlo</translation>
    </message>
    <message>
        <source>not sent: the link went down</source>
        <translation>no enviado: el enlace se cayó</translation>
    </message>
    <message>
        <source>no journal at %1</source>
        <translation>no hay bitácora en %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>verificación de integridad de SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation>verificación de integridad de SQLite</translation>
    </message>
    <message>
        <source>schema: %1 of %2 steps applied; the console applies the rest at its next start</source>
        <translation>esquema: %1 de %2 pasos aplicados; la consola aplica el resto en su próximo inicio</translation>
    </message>
    <message>
        <source>no records yet: the journal&apos;s tables are not all made</source>
        <translation>aún no hay registros: no están creadas todas las tablas de la bitácora</translation>
    </message>
    <message>
        <source>row %1: its predecessor is missing or was changed</source>
        <translation>fila %1: la fila anterior falta o fue modificada</translation>
    </message>
    <message>
        <source>row %1: its contents were changed after it was written</source>
        <translation>fila %1: su contenido se modificó después de escribirse</translation>
    </message>
    <message>
        <source>the chain ends at row %1, but %2 rows were written: rows were removed from its end</source>
        <translation>la cadena termina en la fila %1, pero se escribieron %2 filas: se eliminaron filas de su final</translation>
    </message>
    <message>
        <source>audit chain: %1</source>
        <translation>cadena de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <source>audit chain of %n rows</source>
        <translation>
            <numerusform>cadena de auditoría de %n fila</numerusform>
            <numerusform>cadena de auditoría de %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tamper seal over %n records, keyed</source>
        <translation>
            <numerusform>sello antimanipulación sobre %n registro, con clave</numerusform>
            <numerusform>sello antimanipulación sobre %n registros, con clave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events archived (the fleet holds them)</source>
        <translation>
            <numerusform>%n evento archivado (lo guarda la flota)</numerusform>
            <numerusform>%n eventos archivados (los guarda la flota)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>outbox: %n rows point at no event</source>
        <translation>
            <numerusform>bandeja de salida: %n fila no apunta a ningún evento</numerusform>
            <numerusform>bandeja de salida: %n filas no apuntan a ningún evento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>outbox consistent, %n events not yet sent</source>
        <translation>
            <numerusform>bandeja de salida coherente, %n evento aún sin enviar</numerusform>
            <numerusform>bandeja de salida coherente, %n eventos aún sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>tamper seal not checked: no station key given (--key-file)</source>
        <translation>sello antimanipulación sin verificar: no se indicó la clave de la estación (--key-file)</translation>
    </message>
    <message>
        <source>%1; the console keeps asking</source>
        <translation>%1; la consola sigue preguntando</translation>
    </message>
    <message>
        <source>tamper seal: %1</source>
        <translation>sello antimanipulación: %1</translation>
    </message>
    <message>
        <source>event sequence: %1 events numbered %2-%3: some are missing</source>
        <translation>secuencia de eventos: %1 eventos numerados %2-%3: faltan algunos</translation>
    </message>
    <message>
        <source>event sequence %1-%2 without gaps (1-%3 are in the file set aside as damaged)</source>
        <translation>secuencia de eventos %1-%2 sin huecos (1-%3 están en el archivo apartado como dañado)</translation>
    </message>
    <message>
        <source>event sequence 1-%1 without gaps</source>
        <translation>secuencia de eventos 1-%1 sin huecos</translation>
    </message>
    <message>
        <source>seal link %1 (%2 row %3) was changed or forged: the chain after it cannot be trusted</source>
        <translation>el enlace de sello %1 (fila %3 de %2) se modificó o falsificó: la cadena posterior no es confiable</translation>
    </message>
    <message>
        <source>%1 row %2 was added outside the console</source>
        <translation>la fila %2 de %1 se agregó fuera de la consola</translation>
    </message>
    <message>
        <source>%1 row %2 was changed after it was written</source>
        <translation>la fila %2 de %1 se modificó después de escribirse</translation>
    </message>
    <message>
        <source>archived %1 row %2 was added outside the console</source>
        <translation>la fila archivada %2 de %1 se agregó fuera de la consola</translation>
    </message>
    <message>
        <source>archived %1 row %2 was changed after it was written</source>
        <translation>la fila archivada %2 de %1 se modificó después de escribirse</translation>
    </message>
    <message>
        <source>%1 row %2 was removed</source>
        <translation>la fila %2 de %1 se eliminó</translation>
    </message>
    <message>
        <source>Map identifier, always %1 (&quot;SS&quot;)</source>
        <translation>Identificador del mapa, siempre %1 (&quot;SS&quot;)</translation>
    </message>
    <message>
        <source>Protocol version: major * %1 + minor</source>
        <translation>Versión del protocolo: mayor * %1 + menor</translation>
    </message>
    <message>
        <source>Rack slots this station has</source>
        <translation>Ranuras del rack de esta estación</translation>
    </message>
    <message>
        <source>Series cells per pack (cell detail length)</source>
        <translation>Celdas en serie por batería (longitud del detalle de celdas)</translation>
    </message>
    <message>
        <source>Temperature sensors per pack</source>
        <translation>Sensores de temperatura por batería</translation>
    </message>
    <message>
        <source>Lock heads fitted in the bay</source>
        <translation>Cabezales de bloqueo instalados en la bahía</translation>
    </message>
    <message>
        <source>Controller serial number</source>
        <translation>Número de serie del controlador</translation>
    </message>
    <message>
        <source>Controller firmware: major * %1 + minor</source>
        <translation>Firmware del controlador: mayor * %1 + menor</translation>
    </message>
    <message>
        <source>Most pack blocks one vehicle may carry</source>
        <translation>Máximo de bloques de batería que puede llevar un vehículo</translation>
    </message>
    <message>
        <source>Vendor and model, ASCII</source>
        <translation>Fabricante y modelo, ASCII</translation>
    </message>
    <message>
        <source>Controller heartbeat: +%1 every controller cycle (%2 ms), wraps at %3</source>
        <translation>Latido del controlador: +%1 en cada ciclo del controlador (%2 ms), vuelve a cero después de %3</translation>
    </message>
    <message>
        <source>Console heartbeat: the console writes a new value on every poll. If it stops changing for the watchdog time, the controller holds all motion</source>
        <translation>Latido de la consola: la consola escribe un valor nuevo en cada sondeo. Si deja de cambiar durante el tiempo del watchdog, el controlador retiene todo movimiento</translation>
    </message>
    <message>
        <source>Station mode</source>
        <translation>Modo de la estación</translation>
    </message>
    <message>
        <source>Station state</source>
        <translation>Estado de la estación</translation>
    </message>
    <message>
        <source>Current sequence step</source>
        <translation>Paso actual de la secuencia</translation>
    </message>
    <message>
        <source>Time spent in the current step</source>
        <translation>Tiempo transcurrido en el paso actual</translation>
    </message>
    <message>
        <source>Expected duration of the current step</source>
        <translation>Duración prevista del paso actual</translation>
    </message>
    <message>
        <source>Pack block being swapped (%1-based; %2 none)</source>
        <translation>Bloque de batería que se está intercambiando (numerado desde %1; %2 = ninguno)</translation>
    </message>
    <message>
        <source>Pack blocks in the running swap</source>
        <translation>Bloques de batería del intercambio en curso</translation>
    </message>
    <message>
        <source>Status flags</source>
        <translation>Indicadores de estado</translation>
    </message>
    <message>
        <source>Result of the current or last swap</source>
        <translation>Resultado del intercambio actual o del último</translation>
    </message>
    <message>
        <source>Fault that ended the last swap (%1 none)</source>
        <translation>Falla que terminó el último intercambio (%1 = ninguna)</translation>
    </message>
    <message>
        <source>Swaps completed since power-up (wraps)</source>
        <translation>Intercambios completados desde el encendido (contador cíclico)</translation>
    </message>
    <message>
        <source>Time since the running swap started</source>
        <translation>Tiempo desde el inicio del intercambio en curso</translation>
    </message>
    <message>
        <source>Console heartbeat watchdog time</source>
        <translation>Tiempo del watchdog del latido de la consola</translation>
    </message>
    <message>
        <source>Number of active fault codes</source>
        <translation>Número de códigos de falla activos</translation>
    </message>
    <message>
        <source>Active fault code %1 (%2 empty)</source>
        <translation>Código de falla activo %1 (%2 = vacío)</translation>
    </message>
    <message>
        <source>Command code</source>
        <translation>Código del comando</translation>
    </message>
    <message>
        <source>Sequence number of this request (%1-%2)</source>
        <translation>Número de secuencia de esta solicitud (%1-%2)</translation>
    </message>
    <message>
        <source>Argument %1 (meaning per command)</source>
        <translation>Argumento %1 (significado según el comando)</translation>
    </message>
    <message>
        <source>Sequence number of the request answered</source>
        <translation>Número de secuencia de la solicitud respondida</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reject reason (status REJECTED)</source>
        <translation>Motivo del rechazo (estado REJECTED)</translation>
    </message>
    <message>
        <source>Fault code (status FAILED)</source>
        <translation>Código de falla (estado FAILED)</translation>
    </message>
    <message>
        <source>Code of the command answered</source>
        <translation>Código del comando respondido</translation>
    </message>
    <message>
        <source>Sequence number of the START_SWAP whose swap status.swap_result and status.swap_fault describe; %1 when that swap was started at the bay&apos;s local start button, or no swap since power-up</source>
        <translation>Número de secuencia del START_SWAP cuyo intercambio describen status.swap_result y status.swap_fault; %1 si ese intercambio se inició con el botón de inicio local de la bahía, o si no hubo ningún intercambio desde el encendido</translation>
    </message>
    <message>
        <source>%1 when a vehicle is in the bay</source>
        <translation>%1 cuando hay un vehículo en la bahía</translation>
    </message>
    <message>
        <source>Longitudinal offset from target</source>
        <translation>Desvío longitudinal respecto del objetivo</translation>
    </message>
    <message>
        <source>Lateral offset from target</source>
        <translation>Desvío lateral respecto del objetivo</translation>
    </message>
    <message>
        <source>Positioning result</source>
        <translation>Resultado del posicionamiento</translation>
    </message>
    <message>
        <source>Positioning attempts that failed so far</source>
        <translation>Intentos de posicionamiento fallidos hasta ahora</translation>
    </message>
    <message>
        <source>Why the last attempt was out of tolerance</source>
        <translation>Por qué el último intento quedó fuera de tolerancia</translation>
    </message>
    <message>
        <source>%1 when the vehicle&apos;s HV is confirmed off</source>
        <translation>%1 cuando se confirma que el HV del vehículo está apagado</translation>
    </message>
    <message>
        <source>%1 when the parking brake is confirmed</source>
        <translation>%1 cuando se confirma el freno de estacionamiento</translation>
    </message>
    <message>
        <source>Pack blocks the bay sensors see on the vehicle</source>
        <translation>Bloques de batería que los sensores de la bahía detectan en el vehículo</translation>
    </message>
    <message>
        <source>Pack type seen on the vehicle</source>
        <translation>Tipo de batería detectado en el vehículo</translation>
    </message>
    <message>
        <source>Plate read by the bay camera, when one is fitted (UTF-%1, up to %2 bytes: Thai and Chinese plates fit)</source>
        <translation>Placa leída por la cámara de la bahía, si hay una instalada (UTF-%1, hasta %2 bytes: caben placas tailandesas y chinas)</translation>
    </message>
    <message>
        <source>Lift height above its lower limit</source>
        <translation>Altura del elevador sobre su límite inferior</translation>
    </message>
    <message>
        <source>Load cell reading. Whenever the lift takes a pack (REMOVE, INSTALL) the controller checks it against the pack type&apos;s mass within +/-%1 % (A_%2KWH %3 kg, B_%4KWH %5 kg, C_%6KWH %7 kg): outside, the swap fails LOAD_MISMATCH (%8); above %9 kg it fails LIFT_OVERLOAD (%10) and flag OVERLOAD is set</source>
        <translation>Lectura de la celda de carga. Cada vez que el elevador toma una batería (REMOVE, INSTALL), el controlador la compara con la masa del tipo de batería, con una tolerancia de +/-%1 % (A_%2KWH %3 kg, B_%4KWH %5 kg, C_%6KWH %7 kg): fuera de ella, el intercambio falla con LOAD_MISMATCH (%8); por encima de %9 kg falla con LIFT_OVERLOAD (%10) y se activa el indicador OVERLOAD</translation>
    </message>
    <message>
        <source>Lift motion: -%1 down, %2 still, %3 up</source>
        <translation>Movimiento del elevador: -%1 bajando, %2 detenido, %3 subiendo</translation>
    </message>
    <message>
        <source>Lift limit switches</source>
        <translation>Finales de carrera del elevador</translation>
    </message>
    <message>
        <source>Shuttle position along its track from the bay</source>
        <translation>Posición de la lanzadera a lo largo de su vía, desde la bahía</translation>
    </message>
    <message>
        <source>Where the shuttle stands: %1 bay, n rack slot n, %2 between stops</source>
        <translation>Dónde está la lanzadera: %1 bahía, n ranura n del rack, %2 entre paradas</translation>
    </message>
    <message>
        <source>%1 when the shuttle carries a pack</source>
        <translation>%1 cuando la lanzadera lleva una batería</translation>
    </message>
    <message>
        <source>Shuttle motion: -%1 toward bay, %2 still, %3 toward rack</source>
        <translation>Movimiento de la lanzadera: -%1 hacia la bahía, %2 detenida, %3 hacia el rack</translation>
    </message>
    <message>
        <source>%1 when aligned with the stop it stands at</source>
        <translation>%1 cuando está alineada con la parada en la que se encuentra</translation>
    </message>
    <message>
        <source>Lock head %1 state</source>
        <translation>Estado del cabezal de bloqueo %1</translation>
    </message>
    <message>
        <source>Lock head %1 last torque</source>
        <translation>Último torque del cabezal de bloqueo %1</translation>
    </message>
    <message>
        <source>%1 while the E-stop circuit is latched</source>
        <translation>%1 mientras el circuito de paro de emergencia está enclavado</translation>
    </message>
    <message>
        <source>%1 while the bay light curtain is interrupted</source>
        <translation>%1 mientras la cortina de luz de la bahía está interrumpida</translation>
    </message>
    <message>
        <source>Open doors. While a door is open fault DOOR_OPEN (%1) is active: START_SWAP is REJECTED FAULT_ACTIVE, a swap in a motion step (UNLOCK to LOCK) stops and fails DOOR_OPEN, a jog is refused DOOR_OPEN. Once the doors are closed RESET_FAULTS clears a swap&apos;s latched DOOR_OPEN</source>
        <translation>Puertas abiertas. Mientras una puerta está abierta, la falla DOOR_OPEN (%1) está activa: START_SWAP se rechaza con REJECTED FAULT_ACTIVE, un intercambio en un paso de movimiento (UNLOCK a LOCK) se detiene y falla con DOOR_OPEN, un jog se rechaza con DOOR_OPEN. Una vez cerradas las puertas, el rearme RESET_FAULTS borra el DOOR_OPEN enclavado de un intercambio</translation>
    </message>
    <message>
        <source>%1 while a confirmation (RESET_FAULTS) is needed before motion</source>
        <translation>%1 mientras se requiere una confirmación de rearme (RESET_FAULTS) antes del movimiento</translation>
    </message>
    <message>
        <source>Axis (or move) to run</source>
        <translation>Eje (o movimiento) a ejecutar</translation>
    </message>
    <message>
        <source>-%1, %2 (stop) or %3; what it means per axis below</source>
        <translation>-%1, %2 (parar) o %3; su significado por eje, más abajo</translation>
    </message>
    <message>
        <source>The lease counter: a new value at least every %1 s while the button is held</source>
        <translation>El contador de la concesión (lease): un valor nuevo al menos cada %1 s mientras se mantiene presionado el botón</translation>
    </message>
    <message>
        <source>Program run id: a value the controller picks at each power-up, %1-%2, never the value of the run before. A change tells the console the controller restarted (a retentive power-up counter serves).</source>
        <translation>Id de ejecución del programa: un valor que el controlador elige en cada encendido, %1-%2, nunca el de la ejecución anterior. Un cambio indica a la consola que el controlador se reinició (sirve un contador de encendidos retentivo).</translation>
    </message>
    <message>
        <source>Controller clock: time since this power-up, counted by the controller (a simulator counts its simulated time); %1 at power-up, wraps to %2 after %3 (%4 years)</source>
        <translation>Reloj del controlador: tiempo desde este encendido, contado por el controlador (un simulador cuenta su tiempo simulado); %1 al encender, vuelve a %2 después de %3 (%4 años)</translation>
    </message>
    <message>
        <source>Target of the move: slot %1-n (%2 the bay) for SHUTTLE_TO_SLOT, lock head %3-%4 for LOCK_HEAD; ignored by the other axes</source>
        <translation>Destino del movimiento: ranura %1-n (%2 = la bahía) para SHUTTLE_TO_SLOT (lanzadera a una ranura), cabezal de bloqueo %3-%4 para LOCK_HEAD; los demás ejes lo ignoran</translation>
    </message>
    <message>
        <source>Why the requested move does not run now (NONE: it runs)</source>
        <translation>Por qué el movimiento solicitado no se ejecuta ahora (NONE: se ejecuta)</translation>
    </message>
    <message>
        <source>How long the current hold has moved its axis</source>
        <translation>Tiempo que la pulsación sostenida actual lleva moviendo su eje</translation>
    </message>
    <message>
        <source>Full lift cycles: up above %1 mm, then back to the lower limit</source>
        <translation>Ciclos completos del elevador: subida por encima de %1 mm y regreso al límite inferior</translation>
    </message>
    <message>
        <source>Lock and unlock operations of all lock heads: one per head for each lock or unlock it completed</source>
        <translation>Operaciones de bloqueo y desbloqueo de todos los cabezales de bloqueo: una por cabezal por cada bloqueo o desbloqueo completado</translation>
    </message>
    <message>
        <source>Distance the shuttle has travelled, whole metres</source>
        <translation>Distancia recorrida por la lanzadera, en metros enteros</translation>
    </message>
    <message>
        <source>%1 when a pack sits in the slot</source>
        <translation>%1 cuando hay una batería en la ranura</translation>
    </message>
    <message>
        <source>Pack code (GB/T %1, %2 characters)</source>
        <translation>Código de batería (GB/T %1, %2 caracteres)</translation>
    </message>
    <message>
        <source>Pack type</source>
        <translation>Tipo de batería</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Estado de carga</translation>
    </message>
    <message>
        <source>State of health</source>
        <translation>Estado de salud</translation>
    </message>
    <message>
        <source>Pack voltage</source>
        <translation>Voltaje de la batería</translation>
    </message>
    <message>
        <source>Pack current, positive when charging</source>
        <translation>Corriente de la batería, positiva al cargar</translation>
    </message>
    <message>
        <source>Lowest cell voltage</source>
        <translation>Voltaje de celda más bajo</translation>
    </message>
    <message>
        <source>Cell with the lowest voltage (%1-based)</source>
        <translation>Celda con el voltaje más bajo (numeradas desde %1)</translation>
    </message>
    <message>
        <source>Highest cell voltage</source>
        <translation>Voltaje de celda más alto</translation>
    </message>
    <message>
        <source>Cell with the highest voltage (%1-based)</source>
        <translation>Celda con el voltaje más alto (numeradas desde %1)</translation>
    </message>
    <message>
        <source>Lowest pack temperature</source>
        <translation>Temperatura más baja de la batería</translation>
    </message>
    <message>
        <source>Highest pack temperature</source>
        <translation>Temperatura más alta de la batería</translation>
    </message>
    <message>
        <source>Insulation resistance (%1 = above range)</source>
        <translation>Resistencia de aislamiento (%1 = por encima del rango)</translation>
    </message>
    <message>
        <source>Equivalent full cycles</source>
        <translation>Ciclos completos equivalentes</translation>
    </message>
    <message>
        <source>Slot charger state</source>
        <translation>Estado del cargador de la ranura</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>Potencia del cargador</translation>
    </message>
    <message>
        <source>Highest GB/T %1 alarm level (%2-%3)</source>
        <translation>Nivel de alarma GB/T %1 más alto (%2-%3)</translation>
    </message>
    <message>
        <source>GB/T %1 alarm flags</source>
        <translation>Indicadores de alarma GB/T %1</translation>
    </message>
    <message>
        <source>Rated energy</source>
        <translation>Energía nominal</translation>
    </message>
    <message>
        <source>Slot state</source>
        <translation>Estado de la ranura</translation>
    </message>
    <message>
        <source>Estimated time to full charge (%1 unknown)</source>
        <translation>Tiempo estimado hasta la carga completa (%1 = desconocido)</translation>
    </message>
    <message>
        <source>Charger charge meter: charge the slot&apos;s charger has put into packs since power-up, read also with the slot empty; wraps to %1 after %2 (%3 %4 %5 Ah); %6 when the charger has no meter</source>
        <translation>Medidor de carga del cargador: carga que el cargador de la ranura ha entregado a las baterías desde el encendido, se lee también con la ranura vacía; vuelve a %1 después de %2 (%3 %4 %5 Ah); %6 cuando el cargador no tiene medidor</translation>
    </message>
    <message>
        <source>Charger energy meter: energy the slot&apos;s charger has put into packs since power-up, read also with the slot empty; wraps to %1 after %2 (%3 %4 %5 kWh); %6 when the charger has no meter</source>
        <translation>Medidor de energía del cargador: energía que el cargador de la ranura ha entregado a las baterías desde el encendido, se lee también con la ranura vacía; vuelve a %1 después de %2 (%3 %4 %5 kWh); %6 cuando el cargador no tiene medidor</translation>
    </message>
    <message>
        <source>Slot whose cells to show</source>
        <translation>Ranura cuyas celdas se muestran</translation>
    </message>
    <message>
        <source>Slot whose cells are shown now (%1 none)</source>
        <translation>Ranura cuyas celdas se muestran ahora (%1 = ninguna)</translation>
    </message>
    <message>
        <source>Cell voltages available</source>
        <translation>Voltajes de celda disponibles</translation>
    </message>
    <message>
        <source>Temperatures available</source>
        <translation>Temperaturas disponibles</translation>
    </message>
    <message>
        <source>Cell %1 voltage</source>
        <translation>Voltaje de la celda %1</translation>
    </message>
    <message>
        <source>Temperature sensor %1</source>
        <translation>Sensor de temperatura %1</translation>
    </message>
    <message>
        <source>Reset faults</source>
        <translation>Rearmar fallas</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Retry positioning</source>
        <translation>Reintentar posicionamiento</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>Deshabilitar cargador</translation>
    </message>
    <message>
        <source>Enable charger</source>
        <translation>Habilitar cargador</translation>
    </message>
    <message>
        <source>Home axes</source>
        <translation>Ejes a origen</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Iniciar de nuevo</translation>
    </message>
    <message>
        <source>ABORT</source>
        <translation>ABORTAR</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Modo mantenimiento</translation>
    </message>
    <message>
        <source>Automatic mode</source>
        <translation>Modo automático</translation>
    </message>
    <message>
        <source>Unlock head</source>
        <translation>Desbloquear cabezal</translation>
    </message>
    <message>
        <source>Lock head</source>
        <translation>Bloquear cabezal</translation>
    </message>
    <message>
        <source>nothing to abort: no swap is running</source>
        <translation>nada que abortar: no hay ningún intercambio en curso</translation>
    </message>
    <message>
        <source>confirm first that the bay is clear and nobody is inside the light curtain</source>
        <translation>confirme primero que la bahía está despejada y que no hay nadie dentro de la cortina de luz</translation>
    </message>
    <message>
        <source>%1: sent to the controller</source>
        <translation>%1: enviado al controlador</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: hecho</translation>
    </message>
    <message>
        <source>%1: the controller refused: %2. %3</source>
        <translation>%1: el controlador lo rechazó: %2. %3</translation>
    </message>
    <message>
        <source>%1: the controller could not finish it: %2</source>
        <translation>%1: el controlador no pudo completarlo: %2</translation>
    </message>
    <message>
        <source>%1: no answer from the controller; watch the station&apos;s state</source>
        <translation>%1: sin respuesta del controlador; observe el estado de la estación</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: no enviado: %2</translation>
    </message>
    <message>
        <source>no vehicle in the bay to start again for</source>
        <translation>no hay vehículo en la bahía para iniciar de nuevo</translation>
    </message>
    <message>
        <source>the bay camera reads no plate: identify the vehicle with the plate entry or the list</source>
        <translation>la cámara de la bahía no lee ninguna placa: identifique el vehículo escribiendo la placa o con la lista</translation>
    </message>
    <message>
        <source>Start again: reading the rack, then the plan</source>
        <translation>Iniciar de nuevo: leyendo el rack y luego el plan</translation>
    </message>
    <message>
        <source>%1: press and hold the button; it moves only while held</source>
        <translation>%1: mantenga presionado el botón; solo se mueve mientras se presiona</translation>
    </message>
    <message>
        <source>%1: moving while held</source>
        <translation>%1: moviendo mientras se presiona</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Is the bay clear, and nobody inside the light curtain?</source>
        <translation>¿Está despejada la bahía y no hay nadie dentro de la cortina de luz?</translation>
    </message>
    <message>
        <source>Yes, the bay is clear</source>
        <translation>Sí, la bahía está despejada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Safe: %1</source>
        <translation>Seguro: %1</translation>
    </message>
    <message>
        <source>%1 (head %2)</source>
        <translation>%1 (cabezal %2)</translation>
    </message>
    <message>
        <source>%1 (slot %2)</source>
        <translation>%1 (ranura %2)</translation>
    </message>
    <message>
        <source>%1: is the bay clear, and nobody inside the light curtain?</source>
        <translation>%1: ¿está despejada la bahía y no hay nadie dentro de la cortina de luz?</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>not read</source>
        <translation>sin leer</translation>
    </message>
    <message>
        <source>not in this controller&apos;s protocol</source>
        <translation>no está en el protocolo de este controlador</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Crudo</translation>
    </message>
    <message>
        <source>Bits set</source>
        <translation>Bits activos</translation>
    </message>
</context>
<context>
    <name>RegisterMonitor</name>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Bahía</translation>
    </message>
    <message>
        <source>Lift, shuttle</source>
        <translation>Elevador, lanzadera</translation>
    </message>
    <message>
        <source>Lock heads</source>
        <translation>Cabezales de bloqueo</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Jog</translation>
    </message>
    <message>
        <source>Jog state</source>
        <translation>Estado del jog</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Marcha</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Rack slots</source>
        <translation>Ranuras del rack</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <source>%1 is not a register of this station&apos;s map.</source>
        <translation>%1 no es un registro del mapa de esta estación.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 es de solo lectura.</translation>
    </message>
    <message>
        <source>%1 is written only by the console&apos;s own handshake (a command whole, a jog while its hold-to-run button is held), never from here.</source>
        <translation>%1 solo lo escribe el propio handshake de la consola (un comando completo, un jog mientras se mantiene presionado su botón), nunca desde aquí.</translation>
    </message>
    <message>
        <source>%1 holds text: it is not written from here.</source>
        <translation>%1 contiene texto: no se escribe desde aquí.</translation>
    </message>
    <message>
        <source>Not sent: %2 is not a number.</source>
        <translation>No enviado: %2 no es un número.</translation>
    </message>
    <message>
        <source>Not sent: %1 counts in steps of %3; %2 is between two steps.</source>
        <translation>No enviado: %1 cuenta en pasos de %3; %2 está entre dos pasos.</translation>
    </message>
    <message>
        <source>Not sent: %2 is below the documented minimum of %1, %3.</source>
        <translation>No enviado: %2 está por debajo del mínimo documentado de %1, %3.</translation>
    </message>
    <message>
        <source>Not sent: %2 is above the documented maximum of %1, %3.</source>
        <translation>No enviado: %2 está por encima del máximo documentado de %1, %3.</translation>
    </message>
    <message>
        <source>Not sent: %2 is not one of the values of %1 (%3).</source>
        <translation>No enviado: %2 no es uno de los valores de %1 (%3).</translation>
    </message>
    <message>
        <source>Not sent: %2 does not fit %1&apos;s register (%3).</source>
        <translation>No enviado: %2 no cabe en el registro de %1 (%3).</translation>
    </message>
    <message>
        <source>Not sent: the controller is not in maintenance mode.</source>
        <translation>No enviado: el controlador no está en modo mantenimiento.</translation>
    </message>
    <message>
        <source>Not sent: the link to the controller is down.</source>
        <translation>No enviado: el enlace con el controlador está caído.</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>función ilegal</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>dirección de datos ilegal</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>valor de datos ilegal</translation>
    </message>
    <message>
        <source>device failure</source>
        <translation>falla del dispositivo</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>dispositivo ocupado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>answer cut short</source>
        <translation>respuesta incompleta</translation>
    </message>
    <message>
        <source>CRC error</source>
        <translation>error de CRC</translation>
    </message>
    <message>
        <source>answer from another unit</source>
        <translation>respuesta de otra unidad</translation>
    </message>
    <message>
        <source>answer does not fit the request</source>
        <translation>la respuesta no corresponde a la solicitud</translation>
    </message>
    <message>
        <source>serial line gone</source>
        <translation>línea serie perdida</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>ninguno activo</translation>
    </message>
</context>
<context>
    <name>RegisterMonitorPage</name>
    <message>
        <source>Register monitor</source>
        <translation>Monitor de registros</translation>
    </message>
    <message>
        <source>Register name or address</source>
        <translation>Nombre o dirección del registro</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation>Log de tramas</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>Todos los bloques</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Escribir…</translation>
    </message>
    <message>
        <source>Close keyboard</source>
        <translation>Cerrar teclado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Write it</source>
        <translation>Escribirlo</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Borrar el log</translation>
    </message>
    <message>
        <source>%1 of %2 registers</source>
        <translation>%1 de %2 registros</translation>
    </message>
    <message>
        <source>link %1: the values are the last ones read</source>
        <translation>enlace %1: los valores son los últimos leídos</translation>
    </message>
    <message>
        <source>Tap a register to see it in full.</source>
        <translation>Toque un registro para verlo completo.</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unidad %1</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>escala %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>rango %1</translation>
    </message>
    <message>
        <source>raw %1</source>
        <translation>crudo %1</translation>
    </message>
    <message>
        <source>read at %1</source>
        <translation>leído a las %1</translation>
    </message>
    <message>
        <source>bit %1 %2: %3</source>
        <translation>bit %1 %2: %3</translation>
    </message>
    <message>
        <source>set</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation>Valores: %1</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>sesión iniciada como %1</translation>
    </message>
    <message>
        <source>the station is in %1 mode</source>
        <translation>la estación está en modo %1</translation>
    </message>
    <message>
        <source>the station&apos;s mode is not known</source>
        <translation>se desconoce el modo de la estación</translation>
    </message>
    <message>
        <source>Writing needs a supervisor in maintenance mode: %1.</source>
        <translation>Escribir requiere un supervisor en modo mantenimiento: %1.</translation>
    </message>
    <message>
        <source>Tap a register marked RW to write it.</source>
        <translation>Toque un registro marcado RW para escribirlo.</translation>
    </message>
    <message>
        <source>%1 can be written: tap Write… to enter its new value.</source>
        <translation>%1 se puede escribir: toque Escribir… para indicar su nuevo valor.</translation>
    </message>
    <message>
        <source>New value for %1</source>
        <translation>Nuevo valor para %1</translation>
    </message>
    <message>
        <source>Type the new value, then Check.</source>
        <translation>Escriba el nuevo valor y luego Verificar.</translation>
    </message>
    <message>
        <source>%1 (raw %2)</source>
        <translation>%1 (crudo %2)</translation>
    </message>
    <message>
        <source>not read yet (it is read just before writing)</source>
        <translation>aún sin leer (se lee justo antes de escribir)</translation>
    </message>
    <message>
        <source>Write %1 at address %2?
Old value: %3
New value: %4 (raw %5)</source>
        <translation>¿Escribir %1 en la dirección %2?
Valor anterior: %3
Valor nuevo: %4 (crudo %5)</translation>
    </message>
    <message>
        <source>Check the old and the new value, then Write it.</source>
        <translation>Revise el valor anterior y el nuevo, y luego Escribirlo.</translation>
    </message>
    <message>
        <source>Writing %1 = %2…</source>
        <translation>Escribiendo %1 = %2…</translation>
    </message>
    <message>
        <source>(Not recorded: the journal is not available.)</source>
        <translation>(No registrado: la bitácora no está disponible.)</translation>
    </message>
    <message>
        <source>%1 written; reading it back failed.</source>
        <translation>%1 escrito; falló la relectura.</translation>
    </message>
    <message>
        <source>%1 written, but the controller now reads %2.</source>
        <translation>%1 escrito, pero el controlador ahora indica %2.</translation>
    </message>
    <message>
        <source>%1 written: it reads %2 now.</source>
        <translation>%1 escrito: ahora indica %2.</translation>
    </message>
    <message>
        <source>The controller refused the write with exception %1: nothing was written.</source>
        <translation>El controlador rechazó la escritura con la excepción %1: no se escribió nada.</translation>
    </message>
    <message>
        <source>No answer to the write of %1: it may or may not have been written. Check its value before writing again.</source>
        <translation>Sin respuesta a la escritura de %1: puede que se haya escrito o no. Revise su valor antes de escribir de nuevo.</translation>
    </message>
    <message>
        <source>The answer to the write of %1 was damaged or the line went: it may or may not have been written. Check its value.</source>
        <translation>La respuesta a la escritura de %1 llegó dañada o se perdió la línea: puede que se haya escrito o no. Revise su valor.</translation>
    </message>
    <message>
        <source>Frame log: ON (tap to stop)</source>
        <translation>Log de tramas: ACTIVO (toque para detener)</translation>
    </message>
    <message>
        <source>Frame log: OFF (tap to start)</source>
        <translation>Log de tramas: INACTIVO (toque para iniciar)</translation>
    </message>
    <message>
        <source>%1 frames shown; the last %2 are kept.</source>
        <translation>%1 tramas mostradas; se conservan las últimas %2.</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 kWh in</source>
        <translation>%1 kWh cargados</translation>
    </message>
    <message>
        <source>SoC %1 → %2 %</source>
        <translation>SoC %1 → %2 %</translation>
    </message>
    <message>
        <source>peak %1 °C</source>
        <translation>pico %1 °C</translation>
    </message>
    <message>
        <source>charging now</source>
        <translation>cargando ahora</translation>
    </message>
    <message>
        <source>good: measured %1 Ah (%2)</source>
        <translation>buena: medidos %1 Ah (%2)</translation>
    </message>
    <message>
        <source>charger meter</source>
        <translation>medidor del cargador</translation>
    </message>
    <message>
        <source>current integrated</source>
        <translation>corriente integrada</translation>
    </message>
    <message>
        <source>no reason kept</source>
        <translation>sin motivo guardado</translation>
    </message>
    <message>
        <source>not used for capacity: %1</source>
        <translation>no se usa para la capacidad: %1</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>finalizó: %1</translation>
    </message>
    <message>
        <source>%1 Ah in</source>
        <translation>%1 Ah cargados</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Station name</source>
        <translation>Nombre de la estación</translation>
    </message>
    <message>
        <source>Station id</source>
        <translation>Id de la estación</translation>
    </message>
    <message>
        <source>Controller link URL</source>
        <translation>URL del enlace al controlador</translation>
    </message>
    <message>
        <source>Poll every, ms</source>
        <translation>Sondeo cada, ms</translation>
    </message>
    <message>
        <source>A pack is ready at SoC, %</source>
        <translation>Batería lista con SoC, %</translation>
    </message>
    <message>
        <source>Lowest SoH a swap takes, %</source>
        <translation>SoH mínimo para un intercambio, %</translation>
    </message>
    <message>
        <source>Hottest pack a swap takes, °C</source>
        <translation>Temperatura máx. de batería para un intercambio, °C</translation>
    </message>
    <message>
        <source>Lowest insulation a swap takes, kΩ</source>
        <translation>Aislamiento mínimo para un intercambio, kΩ</translation>
    </message>
    <message>
        <source>Operators sign in by name</source>
        <translation>Los operadores ingresan por nombre</translation>
    </message>
    <message>
        <source>Signed out after idle, min</source>
        <translation>Cierre de sesión por inactividad, min</translation>
    </message>
    <message>
        <source>Lift service every, cycles</source>
        <translation>Servicio del elevador cada, ciclos</translation>
    </message>
    <message>
        <source>Lock service every, cycles</source>
        <translation>Servicio de bloqueos cada, ciclos</translation>
    </message>
    <message>
        <source>Shuttle service every, km</source>
        <translation>Servicio de la lanzadera cada, km</translation>
    </message>
    <message>
        <source>Longest shelving, min</source>
        <translation>Suspensión máxima, min</translation>
    </message>
    <message>
        <source>Fleet broker</source>
        <translation>Broker de la flota</translation>
    </message>
    <message>
        <source>Language at start</source>
        <translation>Idioma al iniciar</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Alternar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Settings can be changed by a signed-in supervisor.</source>
        <translation>Los ajustes los puede cambiar un supervisor con sesión iniciada.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>night</source>
        <translation>noche</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Ingresar</translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN (or show your badge)</source>
        <translation>Toque su nombre y escriba su PIN (o muestre su credencial)</translation>
    </message>
    <message>
        <source>PIN of %1</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <source>Sign-in is open again: tap your name, enter the PIN.</source>
        <translation>El ingreso está disponible de nuevo: toque su nombre y escriba el PIN.</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>Primero toque su nombre.</translation>
    </message>
    <message>
        <source>A PIN has at most 8 digits.</source>
        <translation>Un PIN tiene como máximo 8 dígitos.</translation>
    </message>
</context>
<context>
    <name>SlotTile</name>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservada</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>cuarentena</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>FALLA</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>no lista</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>cargando</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitada</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválida</translation>
    </message>
    <message>
        <source>time to ready unknown</source>
        <translation>tiempo hasta lista desconocido</translation>
    </message>
    <message>
        <source>ready in about %1 min</source>
        <translation>lista en unos %1 min</translation>
    </message>
    <message>
        <source>for the running swap</source>
        <translation>para el intercambio en curso</translation>
    </message>
    <message>
        <source>held by the controller, no swap running</source>
        <translation>retenida por el controlador, sin intercambio en curso</translation>
    </message>
    <message>
        <source>kept out of swaps</source>
        <translation>fuera de los intercambios</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>falla del cargador</translation>
    </message>
    <message>
        <source>slot fault</source>
        <translation>falla de la ranura</translation>
    </message>
    <message>
        <source>charger switched off</source>
        <translation>cargador apagado</translation>
    </message>
    <message>
        <source>BMS alarm level %1</source>
        <translation>alarma BMS nivel %1</translation>
    </message>
    <message>
        <source>insulation low</source>
        <translation>aislamiento bajo</translation>
    </message>
    <message>
        <source>readings invalid</source>
        <translation>lecturas inválidas</translation>
    </message>
    <message>
        <source>too hot</source>
        <translation>muy caliente</translation>
    </message>
    <message>
        <source>too cold</source>
        <translation>muy fría</translation>
    </message>
    <message>
        <source>poor health (SoH)</source>
        <translation>mala salud (SoH)</translation>
    </message>
    <message>
        <source>SoC low, not charging</source>
        <translation>SoC bajo, sin cargar</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Ranura %1</translation>
    </message>
    <message>
        <source>SoC invalid</source>
        <translation>SoC inválido</translation>
    </message>
    <message>
        <source>STALE, %1</source>
        <translation>DESACTUALIZADO, %1</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Motion held</source>
        <translation>Movimiento retenido</translation>
    </message>
    <message>
        <source>EMERGENCY STOP</source>
        <translation>PARO DE EMERGENCIA</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Falla</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Idle: bay empty</source>
        <translation>En espera: bahía vacía</translation>
    </message>
    <message>
        <source>Vehicle positioning</source>
        <translation>Posicionando vehículo</translation>
    </message>
    <message>
        <source>Ready to swap</source>
        <translation>Listo para intercambio</translation>
    </message>
    <message>
        <source>Swapping</source>
        <translation>Intercambiando</translation>
    </message>
    <message>
        <source>Swap complete: vehicle leaving</source>
        <translation>Intercambio completo: vehículo saliendo</translation>
    </message>
    <message>
        <source>Motion held: resume when the bay is clear</source>
        <translation>Movimiento retenido: reanude cuando la bahía esté despejada</translation>
    </message>
    <message>
        <source>No step running</source>
        <translation>Ningún paso en curso</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Posicionamiento</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloqueo</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Retiro de batería</translation>
    </message>
    <message>
        <source>Transfer to rack</source>
        <translation>Traslado al rack</translation>
    </message>
    <message>
        <source>Fetch charged pack</source>
        <translation>Toma de batería cargada</translation>
    </message>
    <message>
        <source>Install pack</source>
        <translation>Instalación de batería</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Release vehicle</source>
        <translation>Liberación del vehículo</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacía</translation>
    </message>
    <message>
        <source>Not charging</source>
        <translation>Sin cargar</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Llena</translation>
    </message>
    <message>
        <source>In swap</source>
        <translation>En intercambio</translation>
    </message>
    <message>
        <source>Charger fault</source>
        <translation>Falla del cargador</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Charging (constant current)</source>
        <translation>Cargando (corriente constante)</translation>
    </message>
    <message>
        <source>Charging (constant voltage)</source>
        <translation>Cargando (voltaje constante)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Carga completa</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>FALLA</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>A 171 kWh</source>
        <translation>A 171 kWh</translation>
    </message>
    <message>
        <source>B 280 kWh</source>
        <translation>B 280 kWh</translation>
    </message>
    <message>
        <source>C 100 kWh</source>
        <translation>C 100 kWh</translation>
    </message>
    <message>
        <source>No vehicle</source>
        <translation>Sin vehículo</translation>
    </message>
    <message>
        <source>Driving in</source>
        <translation>Entrando</translation>
    </message>
    <message>
        <source>In position</source>
        <translation>En posición</translation>
    </message>
    <message>
        <source>Out of tolerance</source>
        <translation>Fuera de tolerancia</translation>
    </message>
    <message>
        <source>Positioning failed</source>
        <translation>Posicionamiento fallido</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>PERDIDO</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <source>E-STOP</source>
        <translation>PARO DE EMERGENCIA</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Aún sin datos</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Modo: %1</translation>
    </message>
    <message>
        <source>LAST KNOWN, %1</source>
        <translation>ÚLTIMO CONOCIDO, %1</translation>
    </message>
    <message>
        <source>Faults: %1</source>
        <translation>Fallas: %1</translation>
    </message>
    <message>
        <source>No fault</source>
        <translation>Sin fallas</translation>
    </message>
    <message>
        <source>E-STOP LATCHED</source>
        <translation>PARO DE EMERGENCIA ENCLAVADO</translation>
    </message>
    <message>
        <source>E-STOP: key turned, confirm the reset</source>
        <translation>PARO DE EMERGENCIA: llave girada, confirme el rearme</translation>
    </message>
</context>
<context>
    <name>StatusStrip</name>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Link: connecting</source>
        <translation>Enlace: conectando</translation>
    </message>
    <message>
        <source>Journal: starting</source>
        <translation>Bitácora: iniciando</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sinc.: sin configurar</translation>
    </message>
    <message>
        <source>Station details</source>
        <translation>Detalles de la estación</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Close console</source>
        <translation>Cerrar consola</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 · sign in</source>
        <translation>%1 · ingresar</translation>
    </message>
    <message>
        <source>%1 · sign out</source>
        <translation>%1 · salir</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Night theme</source>
        <translation>Tema nocturno</translation>
    </message>
    <message>
        <source>Day theme</source>
        <translation>Tema diurno</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <source>Journal: recording</source>
        <translation>Bitácora: registrando</translation>
    </message>
    <message>
        <source>Journal: DISK FULL, writing into its reserve</source>
        <translation>Bitácora: DISCO LLENO, escribiendo en su reserva</translation>
    </message>
    <message>
        <source>Journal: NOT RECORDING</source>
        <translation>Bitácora: SIN REGISTRAR</translation>
    </message>
    <message numerus="yes">
        <source>Journal: DISK FULL, %n record(s) not yet written</source>
        <translation>
            <numerusform>Bitácora: DISCO LLENO, %n registro aún sin escribir</numerusform>
            <numerusform>Bitácora: DISCO LLENO, %n registros aún sin escribir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n in the spill file)</source>
        <translation>
            <numerusform>(%n en el archivo de desborde)</numerusform>
            <numerusform>(%n en el archivo de desborde)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwapPanel</name>
    <message>
        <source>Plate, or scan the vehicle&apos;s code</source>
        <translation>Placa, o escanee el código del vehículo</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identificar</translation>
    </message>
    <message>
        <source>Keyboard / list</source>
        <translation>Teclado / lista</translation>
    </message>
    <message>
        <source>Bay: no data yet.</source>
        <translation>Bahía: aún sin datos.</translation>
    </message>
    <message>
        <source>No vehicle identified</source>
        <translation>Ningún vehículo identificado</translation>
    </message>
    <message>
        <source>Receipt and QR code</source>
        <translation>Comprobante y código QR</translation>
    </message>
    <message>
        <source>Start swap</source>
        <translation>Iniciar intercambio</translation>
    </message>
    <message>
        <source>Confirm start</source>
        <translation>Confirmar inicio</translation>
    </message>
    <message>
        <source>ABORT</source>
        <translation>ABORTAR</translation>
    </message>
    <message>
        <source>Tap Confirm start within 15 s to start the swap.</source>
        <translation>Toque Confirmar inicio antes de 15 s para iniciar el intercambio.</translation>
    </message>
    <message>
        <source>Tap Start swap first.</source>
        <translation>Primero toque Iniciar intercambio.</translation>
    </message>
    <message>
        <source>The confirmation lapsed: tap Start swap again.</source>
        <translation>La confirmación venció: toque Iniciar intercambio otra vez.</translation>
    </message>
    <message>
        <source>This station asks operators to sign in by name: tap Sign in (bottom right), then start again.</source>
        <translation>Esta estación pide que los operadores ingresen por nombre: toque ingresar (abajo a la derecha) y luego inicie de nuevo.</translation>
    </message>
    <message>
        <source>Steps as last known (%1): the link is down.</source>
        <translation>Pasos según el último estado conocido (%1): el enlace está caído.</translation>
    </message>
    <message>
        <source>The bay is empty.</source>
        <translation>La bahía está vacía.</translation>
    </message>
    <message>
        <source>In the bay: %1.</source>
        <translation>En la bahía: %1.</translation>
    </message>
    <message>
        <source>In the bay: a vehicle, plate not read.</source>
        <translation>En la bahía: un vehículo, placa sin leer.</translation>
    </message>
    <message>
        <source>Receipt of %1 (QR code)</source>
        <translation>Comprobante de %1 (código QR)</translation>
    </message>
    <message>
        <source>The confirmation lapsed: the plan changed or time ran out.</source>
        <translation>La confirmación venció: el plan cambió o se acabó el tiempo.</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>quedan unos %1 min %2 s</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4 block(s) of %5</source>
        <translation>%1, %2, %3: %4 bloque(s) de %5</translation>
    </message>
    <message>
        <source>%1 was swapped at %2 today: check before swapping again</source>
        <translation>%1 ya se intercambió hoy a las %2: verifique antes de intercambiarlo de nuevo</translation>
    </message>
    <message>
        <source>No vehicle identified. %1</source>
        <translation>Ningún vehículo identificado. %1</translation>
    </message>
    <message>
        <source>Swap completed.</source>
        <translation>Intercambio completado.</translation>
    </message>
    <message>
        <source>The swap stopped: %1. Follow the recovery steps below.</source>
        <translation>El intercambio se detuvo: %1. Siga los pasos de recuperación de abajo.</translation>
    </message>
    <message>
        <source>No answer to the start yet: watching the station to learn whether the swap started. ABORT stops it if it did.</source>
        <translation>Aún sin respuesta al inicio: observando la estación para saber si el intercambio comenzó. ABORTAR lo detiene si comenzó.</translation>
    </message>
    <message>
        <source>Recording the start…</source>
        <translation>Registrando el inicio…</translation>
    </message>
    <message>
        <source>Start sent: waiting for the controller.</source>
        <translation>Inicio enviado: esperando al controlador.</translation>
    </message>
    <message>
        <source>started here</source>
        <translation>iniciado aquí</translation>
    </message>
    <message>
        <source>started at the bay&apos;s local button</source>
        <translation>iniciado con el botón local de la bahía</translation>
    </message>
    <message>
        <source>started from another terminal</source>
        <translation>iniciado desde otra terminal</translation>
    </message>
    <message>
        <source>Swap running, %1. ABORT stops it safely at any time.</source>
        <translation>Intercambio en curso, %1. ABORTAR lo detiene con seguridad en cualquier momento.</translation>
    </message>
    <message>
        <source>%1: the swap (%2) does not move. ABORT ends it safely.</source>
        <translation>%1: el intercambio (%2) no avanza. ABORTAR lo termina con seguridad.</translation>
    </message>
    <message>
        <source>Abort requested: the controller brings the step to a safe stop.</source>
        <translation>Se solicitó abortar: el controlador lleva el paso a una parada segura.</translation>
    </message>
    <message>
        <source>The abort was NOT confirmed by the controller (the link is down, no answer, or refused). Tap ABORT again, or use the E-stop if the machine must stop now.</source>
        <translation>El controlador NO confirmó la orden de abortar (enlace caído, sin respuesta o rechazada). Toque ABORTAR otra vez, o use el paro de emergencia si la máquina debe detenerse ya.</translation>
    </message>
    <message>
        <source>The controller did not start the swap: %1. What to do: %2.</source>
        <translation>El controlador no inició el intercambio: %1. Qué hacer: %2.</translation>
    </message>
    <message>
        <source>slot %1 (…%2, %3 %, SoH %4 %)</source>
        <translation>ranura %1 (…%2, %3 %, SoH %4 %)</translation>
    </message>
    <message>
        <source>out: none from block 1 (it carries no pack)</source>
        <translation>sale: nada del bloque 1 (no lleva batería)</translation>
    </message>
    <message>
        <source>out: to slot %1</source>
        <translation>sale: a la ranura %1</translation>
    </message>
    <message>
        <source>out: block 1 to slot %1, the others to free slots the controller picks</source>
        <translation>sale: bloque 1 a la ranura %1, los demás a ranuras libres que elige el controlador</translation>
    </message>
    <message>
        <source>In: %1; %2</source>
        <translation>Entra: %1; %2</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1, bloque %2</translation>
    </message>
    <message>
        <source>○ %1: about %2 s</source>
        <translation>○ %1: unos %2 s</translation>
    </message>
    <message>
        <source>%1 %2: %3 s of %4 s</source>
        <translation>%1 %2: %3 s de %4 s</translation>
    </message>
    <message>
        <source>SLOW: %1</source>
        <translation>LENTO: %1</translation>
    </message>
</context>
<context>
    <name>SwapStrip</name>
    <message>
        <source>ABORT</source>
        <translation>ABORTAR</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1, bloque %2</translation>
    </message>
    <message>
        <source>%1 (last known, %2)</source>
        <translation>%1 (último conocido, %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>halted step: what holds it, then the step</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Starting the swap…</source>
        <translation>Iniciando el intercambio…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>left</source>
        <translation>restante</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en cola</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sinc.: sin configurar</translation>
    </message>
    <message>
        <source>Sync: REFUSED, %1</source>
        <translation>Sinc.: RECHAZADA, %1</translation>
    </message>
    <message>
        <source>Sync: stopped, %1</source>
        <translation>Sinc.: detenida, %1</translation>
    </message>
    <message>
        <source>Sync: up to date, last %1</source>
        <translation>Sinc.: al día, última %1</translation>
    </message>
    <message>
        <source>Sync: sending, %1</source>
        <translation>Sinc.: enviando, %1</translation>
    </message>
    <message>
        <source>Sync: connecting, %1</source>
        <translation>Sinc.: conectando, %1</translation>
    </message>
    <message>
        <source>Sync: offline, nothing waiting</source>
        <translation>Sinc.: sin conexión, nada en espera</translation>
    </message>
    <message>
        <source>Sync: offline, %1, oldest %2</source>
        <translation>Sinc.: sin conexión, %1, antigüedad %2</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>RECHAZADA</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>%1 records, the oldest written %2 ago</source>
        <translation>%1 registros, el más antiguo escrito hace %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>not set up ([sync] broker in console.toml)</source>
        <translation>sin configurar (broker de [sync] en console.toml)</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Station id</source>
        <translation>Id de la estación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Último envío correcto</translation>
    </message>
    <message>
        <source>Waiting size</source>
        <translation>Tamaño en espera</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 registros/s</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenidos</translation>
    </message>
    <message>
        <source>%1 records the broker refused or cannot take</source>
        <translation>%1 registros que el broker rechazó o no puede aceptar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>not set up: set [sync] broker in console.toml to send the journal to the fleet</source>
        <translation>no configurada: defina broker en [sync] de console.toml para enviar la bitácora a la flota</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Lock head jams</source>
        <translation>Cabezal de bloqueo se atasca</translation>
    </message>
    <message>
        <source>Lift overload</source>
        <translation>Sobrecarga del elevador</translation>
    </message>
    <message>
        <source>Shuttle misaligned</source>
        <translation>Lanzadera desalineada</translation>
    </message>
    <message>
        <source>Vehicle cannot position</source>
        <translation>Vehículo no logra posicionarse</translation>
    </message>
    <message>
        <source>HV interlock open</source>
        <translation>Interbloqueo HV abierto</translation>
    </message>
    <message>
        <source>BMS handshake fails</source>
        <translation>Falla el handshake BMS</translation>
    </message>
    <message>
        <source>Pack code differs from plan</source>
        <translation>Código de batería distinto del plan</translation>
    </message>
    <message>
        <source>Vehicle keeps its HV on</source>
        <translation>Vehículo mantiene su HV encendido</translation>
    </message>
    <message>
        <source>Parking brake not confirmed</source>
        <translation>Freno de estacionamiento sin confirmar</translation>
    </message>
    <message>
        <source>Bay door opened</source>
        <translation>Puerta de la bahía abierta</translation>
    </message>
    <message>
        <source>Load cell reads a wrong mass</source>
        <translation>Celda de carga mide una masa errónea</translation>
    </message>
    <message>
        <source>Lock head torque low</source>
        <translation>Torque bajo del cabezal de bloqueo</translation>
    </message>
    <message>
        <source>Charger fault in the chosen slot</source>
        <translation>Falla del cargador en la ranura elegida</translation>
    </message>
    <message>
        <source>Pack alarm in the chosen slot</source>
        <translation>Alarma de batería en la ranura elegida</translation>
    </message>
    <message>
        <source>Insulation low in the chosen slot</source>
        <translation>Aislamiento bajo en la ranura elegida</translation>
    </message>
    <message>
        <source>BMS overstates health in the chosen slot</source>
        <translation>BMS sobrestima la salud en la ranura elegida</translation>
    </message>
    <message>
        <source>E-stop pressed</source>
        <translation>Paro de emergencia presionado</translation>
    </message>
    <message>
        <source>Light curtain interrupted</source>
        <translation>Cortina de luz interrumpida</translation>
    </message>
    <message>
        <source>Controller stops answering</source>
        <translation>Controlador deja de responder</translation>
    </message>
    <message>
        <source>Serial cable pulled</source>
        <translation>Cable serie desconectado</translation>
    </message>
    <message>
        <source>Damaged answers</source>
        <translation>Respuestas dañadas</translation>
    </message>
    <message>
        <source>Slow answers</source>
        <translation>Respuestas lentas</translation>
    </message>
    <message>
        <source>Answers lost</source>
        <translation>Respuestas perdidas</translation>
    </message>
    <message>
        <source>Noise on the line</source>
        <translation>Ruido en la línea</translation>
    </message>
    <message>
        <source>Controller heartbeat stops</source>
        <translation>Se detiene el latido del controlador</translation>
    </message>
    <message>
        <source>Controller restarts</source>
        <translation>El controlador se reinicia</translation>
    </message>
    <message>
        <source>The vehicle left the bay.</source>
        <translation>El vehículo salió de la bahía.</translation>
    </message>
    <message>
        <source>Injected faults cleared.</source>
        <translation>Fallas inyectadas eliminadas.</translation>
    </message>
    <message>
        <source>E-stop circuit reset at the cabinet: confirm with a reset at the console.</source>
        <translation>Circuito del paro de emergencia rearmado en el gabinete: confirme con un rearme en la consola.</translation>
    </message>
    <message>
        <source>The bay is empty.</source>
        <translation>La bahía está vacía.</translation>
    </message>
    <message>
        <source>The bay&apos;s start button was pressed: the controller starts a swap.</source>
        <translation>Se presionó el botón de inicio de la bahía: el controlador inicia un intercambio.</translation>
    </message>
    <message>
        <source>A swap is running: the vehicle is locked in the bay.</source>
        <translation>Hay un intercambio en curso: el vehículo está bloqueado en la bahía.</translation>
    </message>
    <message>
        <source>A vehicle is already in the bay: tap Vehicle leaves first.</source>
        <translation>Ya hay un vehículo en la bahía: toque primero El vehículo sale.</translation>
    </message>
    <message>
        <source>SIMULATION: training controls</source>
        <translation>SIMULACIÓN: controles de capacitación</translation>
    </message>
    <message>
        <source>These controls act on the simulated station only. A vehicle sent in drives into the bay as a real one would.</source>
        <translation>Estos controles actúan solo sobre la estación simulada. Un vehículo enviado entra en la bahía como lo haría uno real.</translation>
    </message>
    <message>
        <source>Send a vehicle into the bay</source>
        <translation>Enviar un vehículo a la bahía</translation>
    </message>
    <message>
        <source>Random vehicle</source>
        <translation>Vehículo aleatorio</translation>
    </message>
    <message>
        <source>Vehicle that parks badly</source>
        <translation>Vehículo que se estaciona mal</translation>
    </message>
    <message>
        <source>Vehicle leaves</source>
        <translation>El vehículo sale</translation>
    </message>
    <message>
        <source>Attendant presses the bay&apos;s start button</source>
        <translation>El encargado presiona el botón de inicio de la bahía</translation>
    </message>
    <message>
        <source>Inject a fault (slot faults act on the chosen slot)</source>
        <translation>Inyectar una falla (las fallas de ranura actúan en la ranura elegida)</translation>
    </message>
    <message>
        <source>Clear injected faults</source>
        <translation>Eliminar fallas inyectadas</translation>
    </message>
    <message>
        <source>E-stop reset key at the cabinet</source>
        <translation>Llave de rearme del paro de emergencia en el gabinete</translation>
    </message>
    <message>
        <source>Tap a control: what the simulator did shows here.</source>
        <translation>Toque un control: lo que hizo el simulador aparece aquí.</translation>
    </message>
    <message>
        <source>%1 (slot %2)</source>
        <translation>%1 (ranura %2)</translation>
    </message>
    <message>
        <source>%1 drives into the bay.</source>
        <translation>%1 entra en la bahía.</translation>
    </message>
    <message>
        <source>Slot %1 holds no pack: choose another slot.</source>
        <translation>La ranura %1 no tiene batería: elija otra ranura.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No hecho: %1</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nuevo PIN</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Read a badge</source>
        <translation>Leer credencial</translation>
    </message>
    <message>
        <source>Take the badge away</source>
        <translation>Quitar credencial</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>Nuevo PIN para %1</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 tiene un PIN nuevo.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Se agregó a %1.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ahora es %2.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 está habilitado.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 está deshabilitado.</translation>
    </message>
    <message>
        <source>Show %1&apos;s badge to the reader now.</source>
        <translation>Acerque ahora la credencial de %1 al lector.</translation>
    </message>
    <message>
        <source>%1 has no badge now.</source>
        <translation>%1 ya no tiene credencial.</translation>
    </message>
    <message>
        <source>%1&apos;s badge is read.</source>
        <translation>Se leyó la credencial de %1.</translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The vehicle&apos;s plate:</source>
        <translation>Placa del vehículo:</translation>
    </message>
    <message>
        <source>%1: its fleet (the keyboard, or one plugged in):</source>
        <translation>%1: su flota (con el teclado en pantalla o uno conectado):</translation>
    </message>
    <message>
        <source>%1: its model (may stay empty), then OK:</source>
        <translation>%1: su modelo (puede quedar vacío), luego OK:</translation>
    </message>
    <message>
        <source>%1: its pack type:</source>
        <translation>%1: su tipo de batería:</translation>
    </message>
    <message>
        <source>%1: how many pack blocks it carries:</source>
        <translation>%1: cuántos bloques de batería lleva:</translation>
    </message>
    <message>
        <source>%1: its fleet is needed: type it, then OK.</source>
        <translation>%1: se necesita su flota: escríbala y luego OK.</translation>
    </message>
</context>
<context>
    <name>VehicleModel</name>
    <message>
        <source>Plate</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <source>Pack type</source>
        <translation>Tipo de batería</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloques</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>DISABLED</source>
        <translation>DESHABILITADO</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>habilitado</translation>
    </message>
</context>
<context>
    <name>VehiclesPage</name>
    <message>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <source>Only a signed-in technician or supervisor changes the vehicle registry: sign in to add, edit, disable or import.</source>
        <translation>Solo un técnico o supervisor con sesión iniciada modifica el registro de vehículos: ingrese para agregar, editar, deshabilitar o importar.</translation>
    </message>
    <message>
        <source>Find a plate</source>
        <translation>Buscar placa</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <translation>Agregar vehículo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Importar desde CSV</translation>
    </message>
    <message>
        <source>Plates holding:</source>
        <translation>Placas que contienen:</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todos</translation>
    </message>
    <message>
        <source>Tap the CSV file: a USB stick, or the data directory. Its first line names the columns plate, fleet, model, pack_type, blocks (tags if any).</source>
        <translation>Toque el archivo CSV: en una memoria USB o en el directorio de datos. Su primera línea nombra las columnas plate (placa), fleet (flota), model (modelo), pack_type (tipo de batería), blocks (bloques) (y tags, si las hay).</translation>
    </message>
    <message>
        <source>Import this file</source>
        <translation>Importar este archivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>Find: %1</source>
        <translation>Buscar: %1</translation>
    </message>
    <message>
        <source>Editing %1: the plate stays (a new plate is a new vehicle: add it).</source>
        <translation>Editando %1: la placa no cambia (una placa nueva es un vehículo nuevo: agréguelo).</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Tap the file to import.</source>
        <translation>Toque el archivo que desea importar.</translation>
    </message>
    <message>
        <source>No CSV file found: plug in the USB stick with the vehicle list (or put the file in the data directory) and tap Import from CSV again.</source>
        <translation>No se encontró ningún archivo CSV: conecte la memoria USB con la lista de vehículos (o ponga el archivo en el directorio de datos) y toque Importar desde CSV otra vez.</translation>
    </message>
    <message>
        <source>Import %1? Every line is checked first: one wrong line and nothing changes.</source>
        <translation>¿Importar %1? Primero se revisa cada línea: con una sola línea incorrecta no cambia nada.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
</context>
<context>
    <name>_Keys</name>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
</context>
<context>
    <name>_Pad</name>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
