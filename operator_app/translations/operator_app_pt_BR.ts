<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AlarmBanner</name>
    <message>
        <source>No alarms</source>
        <translation>Nenhum alarme</translation>
    </message>
    <message>
        <source>Alarms ›</source>
        <translation>Alarmes ›</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>tap here and acknowledge it</source>
        <translation>toque aqui e reconheça-o</translation>
    </message>
    <message>
        <source>%1. What to do: %2</source>
        <translation>%1. O que fazer: %2</translation>
    </message>
</context>
<context>
    <name>AlarmModel</name>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Disparado</translation>
    </message>
    <message>
        <source>First out</source>
        <translation>Primeiro</translation>
    </message>
    <message>
        <source>FIRST OUT</source>
        <translation>PRIMEIRO</translation>
    </message>
</context>
<context>
    <name>AlarmPage</name>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Todas as prioridades</translation>
    </message>
    <message>
        <source>In alarm</source>
        <translation>Em alarme</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>Não reconhecidos</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Suspensos</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fora de serviço</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>No alarms</source>
        <translation>Nenhum alarme</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Reconhecer todos</translation>
    </message>
    <message>
        <source>Tap an alarm to see its cause and what to do.</source>
        <translation>Toque em um alarme para ver a causa e o que fazer.</translation>
    </message>
    <message>
        <source>Open pack</source>
        <translation>Ver bateria</translation>
    </message>
    <message>
        <source>History since the console started</source>
        <translation>Histórico desde o início do console</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Reconhecer</translation>
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
        <translation>Reativar</translation>
    </message>
    <message>
        <source>Why is it shelved? (the reason is journaled)</source>
        <translation>Por que suspender? (o motivo fica no diário)</translation>
    </message>
    <message>
        <source>Nuisance: a known instrument fault, repair ordered</source>
        <translation>Alarme espúrio: falha conhecida do instrumento, reparo solicitado</translation>
    </message>
    <message>
        <source>Maintenance work on this equipment</source>
        <translation>Manutenção neste equipamento</translation>
    </message>
    <message>
        <source>Waiting for a spare part</source>
        <translation>Aguardando peça de reposição</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Shelve now</source>
        <translation>Suspender agora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No alarms in this view</source>
        <translation>Nenhum alarme com estes filtros</translation>
    </message>
    <message>
        <source>No alarm selected.</source>
        <translation>Nenhum alarme selecionado.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>FIRST OUT: this alarm came first; the others may follow from it.</source>
        <translation>PRIMEIRO: este alarme veio antes; os outros podem decorrer dele.</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
    <message>
        <source>The cause is gone; the alarm stays until it is reset.</source>
        <translation>A causa desapareceu; o alarme permanece até ser rearmado.</translation>
    </message>
    <message>
        <source>Shelved until %1: %2</source>
        <translation>Suspenso até %1: %2</translation>
    </message>
    <message>
        <source>The controller still holds this fault: Reset asks you to confirm the bay is clear, then resets it at the controller.</source>
        <translation>O controlador ainda mantém esta falha: Rearmar pede a confirmação de que a baia está livre e depois a rearma no controlador.</translation>
    </message>
    <message>
        <source>FIRST OUT: another alarm followed within %1 s</source>
        <translation>PRIMEIRO: outro alarme veio em seguida, em até %1 s</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Reconhecido.</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alarm(s).</source>
        <translation>
            <numerusform>%n alarme reconhecido.</numerusform>
            <numerusform>%n alarmes reconhecidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No alarm was acknowledged.</source>
        <translation>Nenhum alarme foi reconhecido.</translation>
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
        <translation>isso exige o perfil de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged: %1.</source>
        <translation>
            <numerusform>%n não reconhecido: %1.</numerusform>
            <numerusform>%n não reconhecidos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Is the bay clear, and nobody inside the light curtain? Tap Reset again to reset at the controller.</source>
        <translation>A baia está livre e não há ninguém dentro da cortina de luz? Toque de novo em Rearmar para rearmar no controlador.</translation>
    </message>
    <message>
        <source>Reset sent to the controller; the alarm clears when the controller clears the fault.</source>
        <translation>Rearme enviado ao controlador; o alarme se normaliza quando o controlador eliminar a falha.</translation>
    </message>
    <message>
        <source>Reset.</source>
        <translation>Rearmado.</translation>
    </message>
    <message>
        <source>Choose a reason and how long, then Shelve now.</source>
        <translation>Escolha o motivo e a duração e toque em Suspender agora.</translation>
    </message>
    <message>
        <source>Choose why the alarm is shelved first.</source>
        <translation>Escolha primeiro o motivo da suspensão.</translation>
    </message>
    <message>
        <source>Shelved for %1 min.</source>
        <translation>Suspenso por %1 min.</translation>
    </message>
    <message>
        <source>Unshelved.</source>
        <translation>Reativado.</translation>
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
        <translation>MÉDIA</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>BAIXA</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Unacknowledged</source>
        <translation>Não reconhecido</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconhecido</translation>
    </message>
    <message>
        <source>Cleared, unacknowledged</source>
        <translation>Normalizado, não reconhecido</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>Suppressed by design</source>
        <translation>Suprimido por projeto</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fora de serviço</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>controlador</translation>
    </message>
    <message>
        <source>station</source>
        <translation>estação</translation>
    </message>
    <message>
        <source>console</source>
        <translation>console</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>diário</translation>
    </message>
    <message>
        <source>bay</source>
        <translation>baia</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>posição %1</translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation>bateria %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An emergency stop was pressed; all motion stopped.</source>
        <translation>Uma parada de emergência foi acionada; todo movimento parou.</translation>
    </message>
    <message>
        <source>Make the bay safe, reset the E-stop at the cabinet, then reset here.</source>
        <translation>Deixe a baia segura, rearme a emergência no painel e depois rearme aqui.</translation>
    </message>
    <message>
        <source>Lock jam</source>
        <translation>Trava emperrada</translation>
    </message>
    <message>
        <source>A lock head jammed during (un)locking.</source>
        <translation>Uma cabeça de trava emperrou ao travar ou destravar.</translation>
    </message>
    <message>
        <source>Stop the swap; a technician checks the lock head in maintenance mode.</source>
        <translation>Pare a troca; um técnico verifica a cabeça de trava no modo de manutenção.</translation>
    </message>
    <message>
        <source>Lift overload</source>
        <translation>Sobrecarga do elevador</translation>
    </message>
    <message>
        <source>The lift&apos;s load cell read above its limit.</source>
        <translation>A célula de carga do elevador mediu acima do limite.</translation>
    </message>
    <message>
        <source>Keep clear of the lift; a technician inspects the pack and the lift.</source>
        <translation>Afaste-se do elevador; um técnico inspeciona a bateria e o elevador.</translation>
    </message>
    <message>
        <source>Shuttle misaligned</source>
        <translation>Carro desalinhado</translation>
    </message>
    <message>
        <source>The shuttle stopped off its slot.</source>
        <translation>O carro parou fora da posição.</translation>
    </message>
    <message>
        <source>A technician realigns the shuttle in maintenance mode.</source>
        <translation>Um técnico realinha o carro no modo de manutenção.</translation>
    </message>
    <message>
        <source>The vehicle&apos;s HV interlock loop is open.</source>
        <translation>O circuito de intertravamento de alta tensão do veículo está aberto.</translation>
    </message>
    <message>
        <source>Do not release the vehicle; check the pack connector and retry verification.</source>
        <translation>Não libere o veículo; verifique o conector da bateria e repita a verificação.</translation>
    </message>
    <message>
        <source>Insulation low</source>
        <translation>Isolação baixa</translation>
    </message>
    <message>
        <source>A pack&apos;s insulation resistance is below 100 ohm/V.</source>
        <translation>A resistência de isolação de uma bateria está abaixo de 100 ohm/V.</translation>
    </message>
    <message>
        <source>Quarantine the pack; do not charge or install it. A technician acknowledges.</source>
        <translation>Ponha a bateria em quarentena; não a carregue nem a instale. Um técnico reconhece.</translation>
    </message>
    <message>
        <source>Pack identity mismatch</source>
        <translation>Bateria diferente da planejada</translation>
    </message>
    <message>
        <source>The installed pack is not the planned one.</source>
        <translation>A bateria instalada não é a planejada.</translation>
    </message>
    <message>
        <source>Hold the vehicle; check the pack code against the plan.</source>
        <translation>Retenha o veículo; confira o código da bateria com o plano.</translation>
    </message>
    <message>
        <source>Charger fault</source>
        <translation>Falha do carregador</translation>
    </message>
    <message>
        <source>A slot&apos;s charger reported a fault.</source>
        <translation>O carregador de uma posição informou uma falha.</translation>
    </message>
    <message>
        <source>Reset the charger; if it repeats, disable the slot and call a technician.</source>
        <translation>Rearme o carregador; se repetir, desative a posição e chame um técnico.</translation>
    </message>
    <message>
        <source>E-stop</source>
        <translation>Emergência</translation>
    </message>
    <message>
        <source>HV interlock</source>
        <translation>Intertravamento de AT</translation>
    </message>
    <message>
        <source>BMS handshake</source>
        <translation>Comunicação com o BMS</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS did not answer the check.</source>
        <translation>O BMS da bateria não respondeu à verificação.</translation>
    </message>
    <message>
        <source>Retry verification; if it fails again, swap the pack out.</source>
        <translation>Repita a verificação; se falhar de novo, troque a bateria.</translation>
    </message>
    <message>
        <source>Light curtain</source>
        <translation>Cortina de luz</translation>
    </message>
    <message>
        <source>Someone crossed the bay light curtain.</source>
        <translation>Alguém atravessou a cortina de luz da baia.</translation>
    </message>
    <message>
        <source>Clear the bay, then reset.</source>
        <translation>Libere a baia e depois rearme.</translation>
    </message>
    <message>
        <source>Watchdog</source>
        <translation>Watchdog</translation>
    </message>
    <message>
        <source>The controller stopped seeing this console&apos;s heartbeat and held motion.</source>
        <translation>O controlador deixou de ver o heartbeat deste console e reteve o movimento.</translation>
    </message>
    <message>
        <source>Controller restart</source>
        <translation>Reinício do controlador</translation>
    </message>
    <message>
        <source>The controller restarted during a swap.</source>
        <translation>O controlador reiniciou durante uma troca.</translation>
    </message>
    <message>
        <source>Check the bay, then reset and follow the guided recovery.</source>
        <translation>Verifique a baia, depois rearme e siga a recuperação guiada.</translation>
    </message>
    <message>
        <source>Door open</source>
        <translation>Porta aberta</translation>
    </message>
    <message>
        <source>Positioning failed</source>
        <translation>Posicionamento falhou</translation>
    </message>
    <message>
        <source>The vehicle could not be positioned within tolerance after 3 tries.</source>
        <translation>O veículo não pôde ser posicionado dentro da tolerância após 3 tentativas.</translation>
    </message>
    <message>
        <source>Guide the driver back and retry positioning.</source>
        <translation>Oriente o motorista a recuar e repita o posicionamento.</translation>
    </message>
    <message>
        <source>A swap was aborted mid-sequence.</source>
        <translation>Uma troca foi abortada no meio da sequência.</translation>
    </message>
    <message>
        <source>Check the bay and reset to let the controller recover.</source>
        <translation>Verifique a baia e rearme para o controlador se recuperar.</translation>
    </message>
    <message>
        <source>Swap aborted, vehicle in bay</source>
        <translation>Troca abortada, veículo na baia</translation>
    </message>
    <message>
        <source>A swap was aborted mid-sequence with the vehicle still in the bay: it may be without a pack, or with its pack half out.</source>
        <translation>Uma troca foi abortada no meio da sequência com o veículo ainda na baia: ele pode estar sem bateria ou com a bateria meio para fora.</translation>
    </message>
    <message>
        <source>Keep the vehicle in the bay and the driver out of it. Check the pack and the lift, then reset and follow the guided recovery before the vehicle leaves.</source>
        <translation>Mantenha o veículo na baia e o motorista fora dele. Verifique a bateria e o elevador, depois rearme e siga a recuperação guiada antes de o veículo sair.</translation>
    </message>
    <message>
        <source>Link lost</source>
        <translation>Link perdido</translation>
    </message>
    <message>
        <source>The console lost the link to the station controller.</source>
        <translation>O console perdeu o link com o controlador da estação.</translation>
    </message>
    <message>
        <source>Check the serial cable and the controller&apos;s power; the console reconnects by itself.</source>
        <translation>Verifique o cabo serial e a alimentação do controlador; o console reconecta sozinho.</translation>
    </message>
    <message>
        <source>Link degraded</source>
        <translation>Link degradado</translation>
    </message>
    <message>
        <source>The link to the controller needs retries (noise, a loose connector, a slow controller) but still works.</source>
        <translation>O link com o controlador precisa de repetições (ruído, conector frouxo, controlador lento), mas ainda funciona.</translation>
    </message>
    <message>
        <source>Check the RS-485 cabling, its termination and shield; run &apos;operator-app link check&apos; with --trace to see the frames.</source>
        <translation>Verifique o cabeamento RS-485, a terminação e a blindagem; rode &apos;operator-app link check&apos; com --trace para ver os quadros.</translation>
    </message>
    <message>
        <source>Journal disk full</source>
        <translation>Disco do diário cheio</translation>
    </message>
    <message>
        <source>Journal failed</source>
        <translation>Falha do diário</translation>
    </message>
    <message>
        <source>The station journal cannot be written.</source>
        <translation>O diário da estação não pode ser gravado.</translation>
    </message>
    <message>
        <source>Call a technician: swaps are not being recorded.</source>
        <translation>Chame um técnico: as trocas não estão sendo registradas.</translation>
    </message>
    <message>
        <source>Sync down</source>
        <translation>Sincronização inativa</translation>
    </message>
    <message>
        <source>Quarantined pack in swap</source>
        <translation>Bateria em quarentena na troca</translation>
    </message>
    <message>
        <source>A swap the console did not plan (the bay&apos;s button, another terminal) is taking a pack that is in quarantine.</source>
        <translation>Uma troca que o console não planejou (o botão da baia, outro terminal) está levando uma bateria que está em quarentena.</translation>
    </message>
    <message>
        <source>Abort the swap while the vehicle is in the bay; if it has left, tell the technician which vehicle has the pack.</source>
        <translation>Aborte a troca enquanto o veículo está na baia; se ele já saiu, diga ao técnico qual veículo está com a bateria.</translation>
    </message>
    <message>
        <source>BMS SoH disagrees</source>
        <translation>SoH do BMS divergente</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a state of health more than 3 points away from the capacity this console measured in the pack&apos;s own charges.</source>
        <translation>O BMS da bateria informa um estado de saúde que difere em mais de 3 pontos da capacidade que este console mediu nas cargas da própria bateria.</translation>
    </message>
    <message>
        <source>Trust the measured capacity (the pack page shows both); a technician checks the BMS&apos;s calibration, or quarantines the pack.</source>
        <translation>Confie na capacidade medida (a tela da bateria mostra os dois valores); um técnico verifica a calibração do BMS ou põe a bateria em quarentena.</translation>
    </message>
    <message>
        <source>Pack temperature difference</source>
        <translation>Bateria: diferença de temperatura</translation>
    </message>
    <message>
        <source>Pack high temperature</source>
        <translation>Bateria: temperatura alta</translation>
    </message>
    <message>
        <source>Pack over voltage</source>
        <translation>Bateria: sobretensão</translation>
    </message>
    <message>
        <source>Pack under voltage</source>
        <translation>Bateria: subtensão</translation>
    </message>
    <message>
        <source>Pack SoC low</source>
        <translation>Bateria: SoC baixo</translation>
    </message>
    <message>
        <source>Pack SoC high</source>
        <translation>Bateria: SoC alto</translation>
    </message>
    <message>
        <source>Pack SoC jump</source>
        <translation>Bateria: salto de SoC</translation>
    </message>
    <message>
        <source>Pack DC-DC temperature</source>
        <translation>Bateria: temperatura do DC-DC</translation>
    </message>
    <message>
        <source>Pack DC-DC status</source>
        <translation>Bateria: estado do DC-DC</translation>
    </message>
    <message>
        <source>Pack HV interlock</source>
        <translation>Bateria: intertravamento de AT</translation>
    </message>
    <message>
        <source>Check the pack&apos;s diagnostics.</source>
        <translation>Verifique o diagnóstico da bateria.</translation>
    </message>
    <message>
        <source>The controller reported a fault code this console does not know.</source>
        <translation>O controlador informou um código de falha que este console não conhece.</translation>
    </message>
    <message>
        <source>Look the code up in the controller&apos;s manual.</source>
        <translation>Procure o código no manual do controlador.</translation>
    </message>
    <message>
        <source>Pack cell over voltage</source>
        <translation>Bateria: sobretensão de célula</translation>
    </message>
    <message>
        <source>Check the link. Motion stays held until someone here checks the bay and taps Resume on the main page (or aborts the swap).</source>
        <translation>Verifique o link. O movimento fica retido até alguém aqui verificar a baia e tocar em Retomar na tela principal (ou abortar a troca).</translation>
    </message>
    <message>
        <source>A station door is open: nothing moves and no swap starts while it is.</source>
        <translation>Uma porta da estação está aberta: nada se move e nenhuma troca começa enquanto ela estiver aberta.</translation>
    </message>
    <message>
        <source>Close the door; a swap it stopped needs a reset once it is closed.</source>
        <translation>Feche a porta; uma troca que ela interrompeu precisa de rearme depois que a porta for fechada.</translation>
    </message>
    <message>
        <source>Vehicle HV on</source>
        <translation>AT do veículo ligada</translation>
    </message>
    <message>
        <source>The vehicle did not confirm its HV off, so the controller stopped the swap before any lock moved.</source>
        <translation>O veículo não confirmou a AT desligada, por isso o controlador parou a troca antes de qualquer trava se mover.</translation>
    </message>
    <message>
        <source>Ask the driver to switch the vehicle off and keep it off; then reset and start the swap again.</source>
        <translation>Peça ao motorista para desligar o veículo e mantê-lo desligado; depois rearme e inicie a troca de novo.</translation>
    </message>
    <message>
        <source>Parking brake off</source>
        <translation>Freio de estacionamento solto</translation>
    </message>
    <message>
        <source>The vehicle did not confirm its parking brake, so the controller stopped the swap before any lock moved.</source>
        <translation>O veículo não confirmou o freio de estacionamento, por isso o controlador parou a troca antes de qualquer trava se mover.</translation>
    </message>
    <message>
        <source>Ask the driver to set the parking brake; then reset and start the swap again.</source>
        <translation>Peça ao motorista para acionar o freio de estacionamento; depois rearme e inicie a troca de novo.</translation>
    </message>
    <message>
        <source>Load mismatch</source>
        <translation>Carga incompatível</translation>
    </message>
    <message>
        <source>The lift&apos;s load cell read a mass that does not match the pack&apos;s type: a wrong or damaged pack, or a faulty load cell.</source>
        <translation>A célula de carga do elevador mediu uma massa que não corresponde ao tipo da bateria: bateria errada ou danificada, ou célula de carga com falha.</translation>
    </message>
    <message>
        <source>Keep clear of the lift; a technician checks the pack and the load cell, then resets.</source>
        <translation>Afaste-se do elevador; um técnico verifica a bateria e a célula de carga e depois rearma.</translation>
    </message>
    <message>
        <source>Lock torque low</source>
        <translation>Torque de travamento baixo</translation>
    </message>
    <message>
        <source>A lock head ended below its locking torque (180-250 Nm): it may not hold the pack.</source>
        <translation>Uma cabeça de trava terminou abaixo do torque de travamento (180-250 Nm): ela pode não segurar a bateria.</translation>
    </message>
    <message>
        <source>Keep the vehicle in the bay; a technician unlocks and locks the head again in maintenance mode, then resets.</source>
        <translation>Mantenha o veículo na baia; um técnico destrava e trava de novo a cabeça no modo de manutenção e depois rearma.</translation>
    </message>
    <message>
        <source>Swap aborted</source>
        <translation>Troca abortada</translation>
    </message>
    <message>
        <source>The terminal&apos;s disk is full; records go into the journal&apos;s reserve space, then wait in memory, and telemetry is thinned.</source>
        <translation>O disco do terminal está cheio; os registros vão para o espaço de reserva do diário, depois aguardam na memória, e a telemetria é reduzida.</translation>
    </message>
    <message>
        <source>Free space on the terminal now (old exports, logs); waiting records are written when space returns.</source>
        <translation>Libere espaço no terminal agora (exportações antigas, logs); os registros em espera são gravados quando houver espaço.</translation>
    </message>
    <message>
        <source>The oldest record not yet sent to the fleet is older than the station&apos;s limit (24 hours unless configured): the broker has been unreachable that long.</source>
        <translation>O registro mais antigo ainda não enviado à frota passou do limite da estação (24 horas, salvo configuração): o broker está inacessível há esse tempo.</translation>
    </message>
    <message>
        <source>Check the terminal&apos;s network; records are kept and go when the broker is back. A station with no network hands them over on a USB stick (operator-app sync export).</source>
        <translation>Verifique a rede do terminal; os registros são guardados e enviados quando o broker voltar. Uma estação sem rede os entrega num pendrive (operator-app sync export).</translation>
    </message>
    <message>
        <source>Sync backlog full</source>
        <translation>Fila de sincronização cheia</translation>
    </message>
    <message>
        <source>The records waiting for the fleet take more disk than their budget. None is dropped.</source>
        <translation>Os registros à espera da frota ocupam mais disco que o previsto. Nenhum é descartado.</translation>
    </message>
    <message>
        <source>Bring the network back, or hand the records over on a USB stick (operator-app sync export); a technician may raise budget_mb under [sync].</source>
        <translation>Restabeleça a rede ou entregue os registros num pendrive (operator-app sync export); um técnico pode aumentar budget_mb em [sync].</translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation>Sincronização recusada</translation>
    </message>
    <message>
        <source>The fleet&apos;s broker refuses this station (its credentials, its certificate, a topic its ACL denies, or a station id that changed): records wait.</source>
        <translation>O broker da frota recusa esta estação (credenciais, certificado, um tópico que a ACL nega ou um id de estação alterado): os registros aguardam.</translation>
    </message>
    <message>
        <source>Call a technician: the station details page says what was refused; the [sync] settings or the broker&apos;s ACL need fixing.</source>
        <translation>Chame um técnico: a tela Detalhes da estação diz o que foi recusado; é preciso corrigir as configurações [sync] ou a ACL do broker.</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>Manutenção vencida</translation>
    </message>
    <message>
        <source>A maintenance counter of the controller (lift cycles, lock cycles or shuttle travel) has reached its service interval ([maintenance] in the settings).</source>
        <translation>Um contador de manutenção do controlador (ciclos do elevador, ciclos das travas ou percurso do carro) atingiu seu intervalo de manutenção ([maintenance] nas configurações).</translation>
    </message>
    <message>
        <source>Plan the service: the maintenance page&apos;s Counters section says which is due. Swaps go on meanwhile.</source>
        <translation>Planeje a manutenção: a seção Contadores da tela de manutenção diz qual está vencida. As trocas continuam enquanto isso.</translation>
    </message>
    <message>
        <source>Pack cell under voltage</source>
        <translation>Bateria: subtensão de célula</translation>
    </message>
    <message>
        <source>Pack storage mismatch</source>
        <translation>Bateria: armazenamento incompatível</translation>
    </message>
    <message>
        <source>Pack poor cell consistency</source>
        <translation>Bateria: células desbalanceadas</translation>
    </message>
    <message>
        <source>Pack insulation failure</source>
        <translation>Bateria: falha de isolação</translation>
    </message>
    <message>
        <source>Pack brake</source>
        <translation>Bateria: freio</translation>
    </message>
    <message>
        <source>Pack motor controller temperature</source>
        <translation>Bateria: temperatura do controlador do motor</translation>
    </message>
    <message>
        <source>Pack motor temperature</source>
        <translation>Bateria: temperatura do motor</translation>
    </message>
    <message>
        <source>Pack over charge</source>
        <translation>Bateria: sobrecarga</translation>
    </message>
    <message>
        <source>Pack unknown</source>
        <translation>Bateria: alarme desconhecido</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports too large a temperature difference inside the pack.</source>
        <translation>O BMS da bateria informa uma diferença de temperatura grande demais dentro da bateria.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high temperature.</source>
        <translation>O BMS da bateria informa temperatura alta.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack&apos;s voltage too high.</source>
        <translation>O BMS da bateria informa tensão da bateria alta demais.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack&apos;s voltage too low.</source>
        <translation>O BMS da bateria informa tensão da bateria baixa demais.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a low state of charge.</source>
        <translation>O BMS da bateria informa estado de carga baixo.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a cell voltage too high.</source>
        <translation>O BMS da bateria informa tensão de célula alta demais.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a cell voltage too low.</source>
        <translation>O BMS da bateria informa tensão de célula baixa demais.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a state of charge too high.</source>
        <translation>O BMS da bateria informa estado de carga alto demais.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a sudden jump of the state of charge.</source>
        <translation>O BMS da bateria informa um salto repentino do estado de carga.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports that the pack does not match the vehicle&apos;s energy storage.</source>
        <translation>O BMS da bateria informa que a bateria não corresponde ao armazenamento de energia do veículo.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports poor consistency between its cells.</source>
        <translation>O BMS da bateria informa baixa consistência entre as suas células.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports an insulation failure.</source>
        <translation>O BMS da bateria informa falha de isolação.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high DC-DC converter temperature.</source>
        <translation>O BMS da bateria informa temperatura alta do conversor DC-DC.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a brake system alarm.</source>
        <translation>O BMS da bateria informa um alarme do sistema de freio.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a DC-DC converter fault.</source>
        <translation>O BMS da bateria informa falha do conversor DC-DC.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high motor controller temperature.</source>
        <translation>O BMS da bateria informa temperatura alta do controlador do motor.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports its HV interlock open.</source>
        <translation>O BMS da bateria informa intertravamento de alta tensão aberto.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports a high motor temperature.</source>
        <translation>O BMS da bateria informa temperatura alta do motor.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports the pack overcharged.</source>
        <translation>O BMS da bateria informa a bateria sobrecarregada.</translation>
    </message>
    <message>
        <source>The pack&apos;s BMS reports an alarm this console does not know.</source>
        <translation>O BMS da bateria informa um alarme que este console não conhece.</translation>
    </message>
    <message>
        <source>Stop charging the pack and let it cool; quarantine if it repeats.</source>
        <translation>Pare de carregar a bateria e deixe-a esfriar; se repetir, ponha-a em quarentena.</translation>
    </message>
    <message>
        <source>Check the pack&apos;s cooling; quarantine if it repeats.</source>
        <translation>Verifique o resfriamento da bateria; se repetir, ponha-a em quarentena.</translation>
    </message>
    <message>
        <source>Quarantine the pack; do not charge or install it.</source>
        <translation>Ponha a bateria em quarentena; não a carregue nem a instale.</translation>
    </message>
    <message>
        <source>Stop charging; a technician checks the cell balancing.</source>
        <translation>Pare a carga; um técnico verifica o balanceamento das células.</translation>
    </message>
    <message>
        <source>Do not install; charge slowly and check the weak cell.</source>
        <translation>Não instale; carregue devagar e verifique a célula fraca.</translation>
    </message>
    <message>
        <source>Schedule a balancing charge; watch the pack&apos;s health.</source>
        <translation>Agende uma carga de balanceamento; acompanhe a saúde da bateria.</translation>
    </message>
</context>
<context>
    <name>BayCamera</name>
    <message>
        <source>camera %1 is configured, but Qt Multimedia is not installed (pip install &apos;operator-app[camera]&apos;)</source>
        <translation>a câmera %1 está configurada, mas o Qt Multimedia não está instalado (pip install &apos;operator-app[camera]&apos;)</translation>
    </message>
    <message>
        <source>camera %1: no such local camera (%2 found)</source>
        <translation>câmera %1: câmera local inexistente (%2 encontradas)</translation>
    </message>
    <message>
        <source>camera %1: %2</source>
        <translation>câmera %1: %2</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>câmera %1</translation>
    </message>
</context>
<context>
    <name>BayView</name>
    <message>
        <source>waiting for the station</source>
        <translation>aguardando a estação</translation>
    </message>
    <message>
        <source>bay empty</source>
        <translation>baia vazia</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>aguarde</translation>
    </message>
    <message>
        <source>STOP: in position</source>
        <translation>PARE: posicionado</translation>
    </message>
    <message>
        <source>forward %1 m</source>
        <translation>avance %1 m</translation>
    </message>
    <message>
        <source>back %1 m</source>
        <translation>recue %1 m</translation>
    </message>
    <message>
        <source>steer left %1 m</source>
        <translation>esterce à esquerda %1 m</translation>
    </message>
    <message>
        <source>steer right %1 m</source>
        <translation>esterce à direita %1 m</translation>
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
        <source>lift</source>
        <translation>elevador</translation>
    </message>
    <message>
        <source>no camera configured: bay drawn from the positioning sensors</source>
        <translation>sem câmera configurada: baia desenhada pelos sensores de posicionamento</translation>
    </message>
    <message>
        <source>STALE, %1: last known position</source>
        <translation>DESATUALIZADO, %1: última posição conhecida</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>link caído</translation>
    </message>
    <message>
        <source>offsets %1 / %2 mm   lift %3 mm, %4 kg   shuttle %5 m</source>
        <translation>desvios %1 / %2 mm   elevador %3 mm, %4 kg   carro %5 m</translation>
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
        <translation>Maior tensão de célula (V)</translation>
    </message>
    <message>
        <source>hours from the start of the charge</source>
        <translation>horas desde o início da carga</translation>
    </message>
    <message>
        <source>Charging sessions of %1</source>
        <translation>Sessões de carga de %1</translation>
    </message>
    <message>
        <source>The journal holds no charging session of pack %1.</source>
        <translation>O diário não tem nenhuma sessão de carga da bateria %1.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
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
        <translation>, sem medição (%1)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuração: %1</translation>
    </message>
    <message>
        <source>Configuration: %1; English is used</source>
        <translation>Configuração: %1; usando inglês</translation>
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
        <translation>na baia agora, troca feita hoje às %1</translation>
    </message>
    <message>
        <source>in the bay now</source>
        <translation>na baia agora</translation>
    </message>
    <message>
        <source>swapped today at %1</source>
        <translation>troca feita hoje às %1</translation>
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
        <translation>Console da estação de troca %1</translation>
    </message>
    <message>
        <source>SIMULATION: this console is connected to the simulated station, not to real equipment</source>
        <translation>SIMULAÇÃO: este console está conectado à estação simulada, não a equipamento real</translation>
    </message>
    <message>
        <source>Link to the station controller</source>
        <translation>Link com o controlador da estação</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Controller heartbeat</source>
        <translation>Heartbeat do controlador</translation>
    </message>
    <message>
        <source>Console heartbeat</source>
        <translation>Heartbeat do console</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Tempo de resposta</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última atualização</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diário</translation>
    </message>
    <message>
        <source>Fleet sync</source>
        <translation>Sinc. da frota</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estação</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Step timer</source>
        <translation>Tempo da etapa</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Baia</translation>
    </message>
    <message>
        <source>Active faults</source>
        <translation>Falhas ativas</translation>
    </message>
    <message>
        <source>no alarms</source>
        <translation>nenhum alarme</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Rack</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Pack code</source>
        <translation>Código da bateria</translation>
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
        <translation>Eventos do link</translation>
    </message>
    <message>
        <source>block %1 of %2</source>
        <translation>bloco %1 de %2</translation>
    </message>
    <message>
        <source>%1 s of %2 s expected</source>
        <translation>%1 s de %2 s previstos</translation>
    </message>
    <message>
        <source>%1: %2, offsets %3 mm / %4 mm</source>
        <translation>%1: %2, desvios %3 mm / %4 mm</translation>
    </message>
    <message>
        <source>unknown plate</source>
        <translation>placa desconhecida</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazia</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>median %1 ms, p99 %2 ms, %3 transactions, %4 timeouts, %5 CRC errors</source>
        <translation>mediana %1 ms, p99 %2 ms, %3 transações, %4 timeouts, %5 erros de CRC</translation>
    </message>
    <message>
        <source>%1: %3 | high %4, medium %5, low %6</source>
        <translation>%1: %3 | alta %4, média %5, baixa %6</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>gravando</translation>
    </message>
    <message>
        <source>DISK FULL</source>
        <translation>DISCO CHEIO</translation>
    </message>
    <message>
        <source>NOT RECORDING</source>
        <translation>NÃO GRAVANDO</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>ainda sem dados</translation>
    </message>
    <message>
        <source>No data from the station controller yet</source>
        <translation>Ainda sem dados do controlador da estação</translation>
    </message>
    <message>
        <source>%1 s ago (poll %2)</source>
        <translation>há %1 s (leitura %2)</translation>
    </message>
    <message>
        <source>STALE: the values below are from %1, %2 s ago; the link to the controller is down</source>
        <translation>DESATUALIZADO: os valores abaixo são de %1, há %2 s; o link com o controlador caiu</translation>
    </message>
</context>
<context>
    <name>FirstSupervisorPage</name>
    <message>
        <source>First start: the station&apos;s supervisor</source>
        <translation>Primeiro início: o supervisor da estação</translation>
    </message>
    <message>
        <source>No supervisor is set up on this station yet. The supervisor decides who may work here: make yours now (or later from Sign in). Swaps run without one.</source>
        <translation>Esta estação ainda não tem supervisor. O supervisor decide quem pode trabalhar aqui: cadastre o seu agora (ou depois, em Entrar). As trocas funcionam sem supervisor.</translation>
    </message>
</context>
<context>
    <name>FleetHealth</name>
    <message>
        <source>packs</source>
        <translation>baterias</translation>
    </message>
    <message>
        <source>SoH (%)</source>
        <translation>SoH (%)</translation>
    </message>
    <message>
        <source>Fleet health</source>
        <translation>Saúde da frota</translation>
    </message>
    <message>
        <source>The journal holds no pack with a SoH yet.</source>
        <translation>O diário ainda não tem nenhuma bateria com SoH.</translation>
    </message>
    <message>
        <source>end of life</source>
        <translation>fim de vida</translation>
    </message>
    <message>
        <source>Fleet health: %1 packs, median SoH %2 %; %3 measured, %4 by the BMS only (hatched)</source>
        <translation>Saúde da frota: %1 baterias, SoH mediano %2 %; %3 medidas, %4 só pelo BMS (hachuradas)</translation>
    </message>
    <message>
        <source>No outliers: every pack is within 2 standard deviations of the median and above the end of life.</source>
        <translation>Nenhum valor atípico: todas as baterias estão a menos de 2 desvios-padrão da mediana e acima do fim de vida.</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Fora do padrão</translation>
    </message>
    <message>
        <source>below the end of life</source>
        <translation>abaixo do fim de vida</translation>
    </message>
    <message>
        <source>%1 standard deviations from the median</source>
        <translation>%1 desvios-padrão da mediana</translation>
    </message>
    <message>
        <source> (BMS SoH, not measured)</source>
        <translation> (SoH do BMS, não medido)</translation>
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
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Frame (hex)</source>
        <translation>Quadro (hex)</translation>
    </message>
    <message>
        <source>CRC</source>
        <translation>CRC</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
    <message>
        <source>Exception or problem</source>
        <translation>Exceção ou problema</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ enviado</translation>
    </message>
    <message>
        <source>← answer</source>
        <translation>← resposta</translation>
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
        <translation>ERRO</translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation>exceção %1</translation>
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
        <translation>sessões insuficientes para uma tendência (%1 boas; uma tendência exige %2 em %3 dias)</translation>
    </message>
    <message>
        <source>no decline measured (%1 points a year): no end of life in sight</source>
        <translation>nenhuma queda medida (%1 pontos por ano): nenhum fim de vida à vista</translation>
    </message>
    <message>
        <source>below %1 % since about %2</source>
        <translation>abaixo de %1 % desde cerca de %2</translation>
    </message>
    <message>
        <source>falls %1 points a year: reaches %2 % around %3</source>
        <translation>cai %1 pontos por ano: chega a %2 % por volta de %3</translation>
    </message>
    <message>
        <source>Health of %1</source>
        <translation>Saúde de %1</translation>
    </message>
    <message>
        <source>The journal holds no health record of pack %1.</source>
        <translation>O diário não tem nenhum dado de saúde da bateria %1.</translation>
    </message>
    <message>
        <source>Measured SoH %1 % (last of %2 good sessions)</source>
        <translation>SoH medido %1 % (última de %2 sessões boas)</translation>
    </message>
    <message>
        <source>the BMS says %1 %</source>
        <translation>o BMS informa %1 %</translation>
    </message>
    <message>
        <source>BMS SoH</source>
        <translation>SoH do BMS</translation>
    </message>
    <message>
        <source>measured (good sessions)</source>
        <translation>medido (sessões boas)</translation>
    </message>
    <message>
        <source>trend of the measured SoH</source>
        <translation>tendência do SoH medido</translation>
    </message>
    <message>
        <source>end of life %1 %</source>
        <translation>fim de vida %1 %</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Identify the vehicle</source>
        <translation>Identificar o veículo</translation>
    </message>
    <message>
        <source>Plate (2-12 letters and digits), or scan</source>
        <translation>Placa (2-12 letras e dígitos) ou leia o código</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identificar</translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation>Esperados hoje</translation>
    </message>
    <message>
        <source>Type the plate, scan the vehicle&apos;s code, or tap it in the list.</source>
        <translation>Digite a placa, leia o código do veículo ou toque nele na lista.</translation>
    </message>
    <message>
        <source>Expected today (tap to identify)</source>
        <translation>Esperados hoje (toque para identificar)</translation>
    </message>
    <message>
        <source>%1 was swapped at %2 today: check before swapping again</source>
        <translation>%1 já trocou a bateria hoje às %2: confira antes de trocar de novo</translation>
    </message>
    <message>
        <source>Type the plate first, or tap a vehicle in the list.</source>
        <translation>Digite a placa primeiro ou toque em um veículo da lista.</translation>
    </message>
    <message>
        <source>Identify anyway</source>
        <translation>Identificar mesmo assim</translation>
    </message>
    <message>
        <source>Not identified: %1</source>
        <translation>Não identificado: %1</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>Ferramentas do diário</translation>
    </message>
    <message>
        <source>Verify the journal</source>
        <translation>Verificar o diário</translation>
    </message>
    <message>
        <source>Export: how far back</source>
        <translation>Exportar: desde quando</translation>
    </message>
    <message>
        <source>Export: tap the folder to write to</source>
        <translation>Exportar: toque na pasta de destino</translation>
    </message>
    <message>
        <source>The journal tools need a signed-in technician.</source>
        <translation>As ferramentas do diário exigem um técnico autenticado.</translation>
    </message>
    <message>
        <source>No journal is kept: there is nothing to verify.</source>
        <translation>Não há diário: não há nada a verificar.</translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>Verificando o diário…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <source>Journal verified: no problem found.</source>
        <translation>Diário verificado: nenhum problema encontrado.</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND: see the lines marked FAIL.</source>
        <translation>PROBLEMAS ENCONTRADOS: veja as linhas marcadas com FAIL.</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>%1 registros exportados para %2.</translation>
    </message>
    <message>
        <source>The export failed: %1. Nothing was left half written; try another folder.</source>
        <translation>A exportação falhou: %1. Nada ficou gravado pela metade; tente outra pasta.</translation>
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
        <translation>Para %1: o console usa este idioma a cada entrada dessa pessoa.</translation>
    </message>
    <message>
        <source>For this terminal: the console starts in it. A signed-in person chooses their own.</source>
        <translation>Para este terminal: o console inicia neste idioma. Quem entrar escolhe o seu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Swap station</source>
        <translation>Estação de troca</translation>
    </message>
    <message>
        <source>%1: swap station console %2</source>
        <translation>%1: console da estação de troca %2</translation>
    </message>
    <message>
        <source>SIMULATION: not connected to real equipment. Tap here for the training controls.</source>
        <translation>SIMULAÇÃO: sem conexão com equipamento real. Toque aqui para os controles de treinamento.</translation>
    </message>
    <message>
        <source>Training users: %1</source>
        <translation>Usuários de treinamento: %1</translation>
    </message>
    <message>
        <source>MAINTENANCE MODE: no swap starts; motion only while a button is held. Tap for the maintenance page.</source>
        <translation>MODO DE MANUTENÇÃO: nenhuma troca começa; movimento só com botão pressionado. Toque para ver a manutenção.</translation>
    </message>
    <message>
        <source>Station details</source>
        <translation>Detalhes da estação</translation>
    </message>
    <message>
        <source>%1 (simulated station)</source>
        <translation>%1 (estação simulada)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>a partir do código-fonte</translation>
    </message>
    <message>
        <source>unknown: its build_info.json cannot be read</source>
        <translation>desconhecida: não é possível ler o build_info.json</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Version %1, kiosk bundle</source>
        <translation>Versão %1, pacote para quiosque</translation>
    </message>
    <message>
        <source>About this console:</source>
        <translation>Sobre este console:</translation>
    </message>
    <message>
        <source>Revision %1, built %2</source>
        <translation>Revisão %1, compilação %2</translation>
    </message>
    <message>
        <source>IN: for %1</source>
        <translation>ENTRADA: para %1</translation>
    </message>
    <message>
        <source>OUT: depleted pack goes here</source>
        <translation>SAÍDA: a bateria descarregada vai aqui</translation>
    </message>
    <message>
        <source>Users: no supervisor yet: tap to make the first</source>
        <translation>Usuários: ainda sem supervisor: toque para cadastrar o primeiro</translation>
    </message>
    <message>
        <source>Only a signed-in supervisor manages users.</source>
        <translation>Só um supervisor autenticado gerencia usuários.</translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN (or show your badge)</source>
        <translation>Toque no seu nome e digite o seu PIN (ou mostre o seu crachá)</translation>
    </message>
    <message>
        <source>Closing the console needs a name and PIN.</source>
        <translation>Fechar o console exige nome e PIN.</translation>
    </message>
    <message>
        <source>A technician&apos;s name and PIN close the console</source>
        <translation>O nome e o PIN de um técnico fecham o console</translation>
    </message>
    <message>
        <source>%1 for now: not kept for the next start (%2)</source>
        <translation>%1 por enquanto: não guardado para o próximo início (%2)</translation>
    </message>
    <message>
        <source>%1 (no other language installed)</source>
        <translation>%1 (nenhum outro idioma instalado)</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Until put back</source>
        <translation>Até voltar ao serviço</translation>
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
        <translation>Manutenção</translation>
    </message>
    <message>
        <source>Mode and motion</source>
        <translation>Modo e movimento</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Posições</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Contadores</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>Tirar de serviço</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Voltar ao serviço</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>Desativar carregador</translation>
    </message>
    <message>
        <source>Enable charger</source>
        <translation>Ativar carregador</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>Ferramentas do diário</translation>
    </message>
    <message>
        <source>Register monitor</source>
        <translation>Monitor de registradores</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Veículos</translation>
    </message>
    <message>
        <source>Lift up</source>
        <translation>Subir elevador</translation>
    </message>
    <message>
        <source>Lift down</source>
        <translation>Descer elevador</translation>
    </message>
    <message>
        <source>Shuttle toward bay</source>
        <translation>Carro para a baia</translation>
    </message>
    <message>
        <source>Shuttle toward rack</source>
        <translation>Carro para o rack</translation>
    </message>
    <message>
        <source>Home axes</source>
        <translation>Referenciar eixos</translation>
    </message>
    <message>
        <source>Shuttle to it</source>
        <translation>Carro até lá</translation>
    </message>
    <message>
        <source>Lock head</source>
        <translation>Travar cabeça</translation>
    </message>
    <message>
        <source>Unlock head</source>
        <translation>Destravar cabeça</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Baia</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Posição %1</translation>
    </message>
    <message>
        <source>Head %1</source>
        <translation>Cabeça %1</translation>
    </message>
    <message>
        <source>Moving while held…</source>
        <translation>Movendo enquanto pressionado…</translation>
    </message>
    <message>
        <source>Moving while held: %1 s</source>
        <translation>Movendo enquanto pressionado: %1 s</translation>
    </message>
    <message>
        <source>%1 (while held: %2)</source>
        <translation>%1 (enquanto pressionado: %2)</translation>
    </message>
    <message>
        <source>Maintenance, confirmed by the controller. Before leaving: %1</source>
        <translation>Manutenção, confirmada pelo controlador. Antes de sair: %1</translation>
    </message>
    <message>
        <source>Maintenance, confirmed by the controller. Safe to leave: lift down, shuttle at the bay, nothing carried.</source>
        <translation>Manutenção, confirmada pelo controlador. Pode sair com segurança: elevador embaixo, carro na baia, nada sendo transportado.</translation>
    </message>
    <message>
        <source>Leave maintenance</source>
        <translation>Sair da manutenção</translation>
    </message>
    <message>
        <source>Nobody who may work here is signed in: a technician signs in (the status bar&apos;s sign-in) to move the axes or to leave maintenance.</source>
        <translation>Ninguém autorizado a trabalhar aqui está autenticado: um técnico entra (Entrar, na barra de status) para mover os eixos ou sair da manutenção.</translation>
    </message>
    <message>
        <source>Automatic operation. Motion by hand needs maintenance mode.</source>
        <translation>Operação automática. O movimento manual exige o modo de manutenção.</translation>
    </message>
    <message>
        <source>Enter maintenance</source>
        <translation>Entrar em manutenção</translation>
    </message>
    <message>
        <source>at the bay</source>
        <translation>na baia</translation>
    </message>
    <message>
        <source>between stops</source>
        <translation>entre paradas</translation>
    </message>
    <message>
        <source>at slot %1</source>
        <translation>na posição %1</translation>
    </message>
    <message>
        <source>Lift %1, load %2. Shuttle %3 (%4). Lock heads %5</source>
        <translation>Elevador %1, carga %2. Carro %3 (%4). Cabeças de trava %5</translation>
    </message>
    <message>
        <source>Lift cycles</source>
        <translation>Ciclos do elevador</translation>
    </message>
    <message>
        <source>Lock cycles</source>
        <translation>Ciclos das travas</translation>
    </message>
    <message>
        <source>Shuttle travel, km</source>
        <translation>Percurso do carro, km</translation>
    </message>
    <message>
        <source>%1: the controller does not count it (protocol 3.2 has the counters)</source>
        <translation>%1: o controlador não conta isto (o protocolo 3.2 tem os contadores)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4 %)</source>
        <translation>%1: %2 de %3 (%4 %)</translation>
    </message>
    <message>
        <source>%1: SERVICE DUE</source>
        <translation>%1: MANUTENÇÃO VENCIDA</translation>
    </message>
    <message>
        <source>SERVICE DUE</source>
        <translation>MANUTENÇÃO VENCIDA</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>travada</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>em movimento</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>FALHA</translation>
    </message>
    <message>
        <source>charger disabled</source>
        <translation>carregador desativado</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>fora de serviço</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>falha do carregador</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>em serviço</translation>
    </message>
    <message>
        <source>Slot %1
%2</source>
        <translation>Posição %1
%2</translation>
    </message>
    <message>
        <source>Tap a slot. To take it out of service, tap why and until when.</source>
        <translation>Toque em uma posição. Para tirá-la de serviço, toque no motivo e no prazo.</translation>
    </message>
    <message>
        <source>Taken out by %1.</source>
        <translation>Tirada de serviço por %1.</translation>
    </message>
    <message>
        <source>Slot %1 is in service. To take it out, tap why and until when.</source>
        <translation>A posição %1 está em serviço. Para tirá-la de serviço, toque no motivo e no prazo.</translation>
    </message>
</context>
<context>
    <name>PackAlarmModel</name>
    <message>
        <source>raised %1</source>
        <translation>disparado em %1</translation>
    </message>
    <message>
        <source>cleared %1</source>
        <translation>normalizado em %1</translation>
    </message>
    <message>
        <source>not cleared</source>
        <translation>não normalizado</translation>
    </message>
</context>
<context>
    <name>PackHistoryPlot</name>
    <message>
        <source>No pack chosen.</source>
        <translation>Nenhuma bateria escolhida.</translation>
    </message>
    <message>
        <source>SoC, V, A</source>
        <translation>SoC, V, A</translation>
    </message>
    <message>
        <source>cells, °C, kW</source>
        <translation>células, °C, kW</translation>
    </message>
    <message>
        <source>Show
%1</source>
        <translation>Mostrar
%1</translation>
    </message>
    <message>
        <source>The journal holds no telemetry of pack %1.</source>
        <translation>O diário não tem telemetria da bateria %1.</translation>
    </message>
    <message>
        <source>Cursor %1: no sample recorded near this time</source>
        <translation>Cursor %1: nenhuma amostra registrada perto deste horário</translation>
    </message>
    <message>
        <source>Cursor %1: bucket %2 to %3, %4 samples</source>
        <translation>Cursor %1: intervalo de %2 a %3, %4 amostras</translation>
    </message>
    <message>
        <source>Cursor %1: sample at %2</source>
        <translation>Cursor %1: amostra às %2</translation>
    </message>
    <message>
        <source>no sample</source>
        <translation>sem amostra</translation>
    </message>
</context>
<context>
    <name>PackPage</name>
    <message>
        <source>shallow</source>
        <translation>pouco profunda</translation>
    </message>
    <message>
        <source>gap in the readings</source>
        <translation>lacuna nas leituras</translation>
    </message>
    <message>
        <source>SoC jumped</source>
        <translation>SoC saltou</translation>
    </message>
    <message>
        <source>SoC frozen</source>
        <translation>SoC congelado</translation>
    </message>
    <message>
        <source>meter went backwards</source>
        <translation>medidor voltou para trás</translation>
    </message>
    <message>
        <source>link lost</source>
        <translation>link perdido</translation>
    </message>
    <message>
        <source>console restarted</source>
        <translation>console reiniciado</translation>
    </message>
    <message>
        <source>pack removed</source>
        <translation>bateria retirada</translation>
    </message>
    <message>
        <source>not complete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>no SoC</source>
        <translation>sem SoC</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>falha do carregador</translation>
    </message>
    <message>
        <source>taken for a swap</source>
        <translation>levada para uma troca</translation>
    </message>
    <message>
        <source>console restart</source>
        <translation>reinício do console</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>bateria</translation>
    </message>
    <message>
        <source>module</source>
        <translation>módulo</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>célula</translation>
    </message>
    <message>
        <source>Pack details</source>
        <translation>Detalhes da bateria</translation>
    </message>
    <message>
        <source>Pack code or slot number</source>
        <translation>Código da bateria ou número da posição</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>Desativar carregador</translation>
    </message>
    <message>
        <source>Quarantine…</source>
        <translation>Quarentena…</translation>
    </message>
    <message>
        <source>Release from quarantine</source>
        <translation>Liberar da quarentena</translation>
    </message>
    <message>
        <source>Save record…</source>
        <translation>Salvar registro…</translation>
    </message>
    <message>
        <source>Health: measured by this station and by the BMS</source>
        <translation>Saúde: medida por esta estação e pelo BMS</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Pack code (GB/T 34014)</source>
        <translation>Código da bateria (GB/T 34014)</translation>
    </message>
    <message>
        <source>Its life so far</source>
        <translation>Vida até agora</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Frota</translation>
    </message>
    <message>
        <source>Show the charge curves</source>
        <translation>Mostrar as curvas de carga</translation>
    </message>
    <message>
        <source>Show the SoH trend</source>
        <translation>Mostrar a tendência do SoH</translation>
    </message>
    <message>
        <source>There is no journal: the packs&apos; health is not known.</source>
        <translation>Não há diário: a saúde das baterias é desconhecida.</translation>
    </message>
    <message>
        <source>Confirm quarantine</source>
        <translation>Confirmar quarentena</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reason: %1. Confirm quarantine to keep the pack out of every swap.</source>
        <translation>Motivo: %1. Confirme a quarentena para manter a bateria fora de todas as trocas.</translation>
    </message>
    <message>
        <source>Save here</source>
        <translation>Salvar aqui</translation>
    </message>
    <message>
        <source>Close keyboard</source>
        <translation>Fechar teclado</translation>
    </message>
    <message>
        <source>over-voltage level %1: %2 V</source>
        <translation>sobretensão nível %1: %2 V</translation>
    </message>
    <message>
        <source>under-voltage level %1: %2 V</source>
        <translation>subtensão nível %1: %2 V</translation>
    </message>
    <message>
        <source>high temperature level %1: %2 °C</source>
        <translation>temperatura alta nível %1: %2 °C</translation>
    </message>
    <message>
        <source>not offered above %1 °C</source>
        <translation>não oferecida acima de %1 °C</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Posição %1</translation>
    </message>
    <message>
        <source>Enable charger (technician)</source>
        <translation>Ativar carregador (técnico)</translation>
    </message>
    <message>
        <source>Pack record</source>
        <translation>Registro da bateria</translation>
    </message>
    <message>
        <source>In quarantine: %1</source>
        <translation>Em quarentena: %1</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>nenhum motivo registrado</translation>
    </message>
    <message>
        <source>Not in the rack: this pack is not at the station now; its records are below.</source>
        <translation>Fora do rack: esta bateria não está na estação agora; os registros dela estão abaixo.</translation>
    </message>
    <message>
        <source>The slot is empty.</source>
        <translation>A posição está vazia.</translation>
    </message>
    <message>
        <source>Not offered to any swap. %1</source>
        <translation>Não oferecida a nenhuma troca. %1</translation>
    </message>
    <message>
        <source>Reserved for the running swap.</source>
        <translation>Reservada para a troca em andamento.</translation>
    </message>
    <message>
        <source>Offered: ready for a vehicle that takes type %1 packs (SoC %2 %, every check passed).</source>
        <translation>Oferecida: pronta para um veículo que usa baterias do tipo %1 (SoC %2 %, todas as verificações aprovadas).</translation>
    </message>
    <message>
        <source>Not offered yet: charging, SoC %1 % of the %2 % needed</source>
        <translation>Ainda não oferecida: carregando, SoC %1 % dos %2 % necessários</translation>
    </message>
    <message>
        <source>ready in about %1 min</source>
        <translation>pronta em cerca de %1 min</translation>
    </message>
    <message>
        <source>Slot fault: the slot&apos;s charger reports a fault.</source>
        <translation>Falha da posição: o carregador da posição informa uma falha.</translation>
    </message>
    <message>
        <source>Not offered: the slot&apos;s charger is faulted.</source>
        <translation>Não oferecida: o carregador da posição está em falha.</translation>
    </message>
    <message>
        <source>Not offered: the slot&apos;s charger is switched off (slot disabled).</source>
        <translation>Não oferecida: o carregador da posição está desligado (posição desativada).</translation>
    </message>
    <message>
        <source>Not offered: BMS alarm level %1 (a pack at level %2 or more is kept out).</source>
        <translation>Não oferecida: alarme do BMS nível %1 (bateria com nível %2 ou mais fica fora das trocas).</translation>
    </message>
    <message>
        <source>Not offered: the BMS alarm level is not known.</source>
        <translation>Não oferecida: o nível de alarme do BMS é desconhecido.</translation>
    </message>
    <message>
        <source>Not offered: insulation %1 kΩ, below %2 kΩ.</source>
        <translation>Não oferecida: isolação %1 kΩ, abaixo de %2 kΩ.</translation>
    </message>
    <message>
        <source>Not offered: readings invalid (%1).</source>
        <translation>Não oferecida: leituras inválidas (%1).</translation>
    </message>
    <message>
        <source>temperatures</source>
        <translation>temperaturas</translation>
    </message>
    <message>
        <source>Not offered: too hot, %1 °C, above %2 °C.</source>
        <translation>Não oferecida: quente demais, %1 °C, acima de %2 °C.</translation>
    </message>
    <message>
        <source>Not offered: too cold, %1 °C, below %2 °C.</source>
        <translation>Não oferecida: fria demais, %1 °C, abaixo de %2 °C.</translation>
    </message>
    <message>
        <source>Not offered: poor health, SoH %1 %, below %2 %.</source>
        <translation>Não oferecida: saúde ruim, SoH %1 %, abaixo de %2 %.</translation>
    </message>
    <message>
        <source>Not offered: SoC %1 %, below %2 %, and not charging.</source>
        <translation>Não oferecida: SoC %1 %, abaixo de %2 %, e não está carregando.</translation>
    </message>
    <message>
        <source>Not offered: not ready.</source>
        <translation>Não oferecida: não está pronta.</translation>
    </message>
    <message>
        <source>No pack in the slot.</source>
        <translation>Nenhuma bateria na posição.</translation>
    </message>
    <message>
        <source>Pack %1
Type %2, rated %3 kWh</source>
        <translation>Bateria %1
Tipo %2, nominal %3 kWh</translation>
    </message>
    <message>
        <source>Not a GB/T 34014 code: a pack code has 24 characters, this one %1.</source>
        <translation>Não é um código GB/T 34014: um código de bateria tem 24 caracteres, este tem %1.</translation>
    </message>
    <message>
        <source>Not a GB/T 34014 code: only capital letters and digits belong in one.</source>
        <translation>Não é um código GB/T 34014: ele só pode ter letras maiúsculas e dígitos.</translation>
    </message>
    <message>
        <source>product type %1 (not known)</source>
        <translation>tipo de produto %1 (desconhecido)</translation>
    </message>
    <message>
        <source>battery type %1 (not known)</source>
        <translation>tipo de bateria %1 (desconhecido)</translation>
    </message>
    <message>
        <source>date code %1 (not a date)</source>
        <translation>código de data %1 (não é uma data)</translation>
    </message>
    <message>
        <source>%1 (a date to come: the code is wrong)</source>
        <translation>%1 (uma data futura: o código está errado)</translation>
    </message>
    <message>
        <source>Maker %1 · %2 · %3 · specification %4
Traceability %5 · made %6 · serial %7</source>
        <translation>Fabricante %1 · %2 · %3 · especificação %4
Rastreabilidade %5 · fabricação %6 · nº de série %7</translation>
    </message>
    <message>
        <source>BMS SoH: %1 %</source>
        <translation>SoH do BMS: %1 %</translation>
    </message>
    <message>
        <source>No record in the journal for this pack yet.</source>
        <translation>Ainda não há nada no diário sobre esta bateria.</translation>
    </message>
    <message>
        <source>Measured SoH: not measured yet: needs a deep charge (a rise of %1 % SoC or more, without gaps).</source>
        <translation>SoH medido: ainda não medido: precisa de uma carga profunda (subida de %1 % de SoC ou mais, sem lacunas).</translation>
    </message>
    <message>
        <source>measured SoH: %1 %</source>
        <translation>SoH medido: %1 %</translation>
    </message>
    <message>
        <source>Measured capacity %1 kWh (%2 Ah) of %3 kWh rated</source>
        <translation>Capacidade medida %1 kWh (%2 Ah) de %3 kWh nominais</translation>
    </message>
    <message numerus="yes">
        <source>from %n good session(s)</source>
        <translation>
            <numerusform>de %n sessão boa</numerusform>
            <numerusform>de %n sessões boas</numerusform>
        </translation>
    </message>
    <message>
        <source>spread %1 Ah</source>
        <translation>dispersão %1 Ah</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nada registrado ainda.</translation>
    </message>
    <message>
        <source>%1 full equivalent cycles measured (BMS: %2)</source>
        <translation>%1 ciclos completos equivalentes medidos (BMS: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 kWh charged here in %n session(s)</source>
        <translation>
            <numerusform>%1 kWh carregados aqui em %n sessão</numerusform>
            <numerusform>%1 kWh carregados aqui em %n sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>Over-temperature events %1 · insulation events %2 · level-3 alarms %3</source>
        <translation>Eventos de sobretemperatura %1 · eventos de isolação %2 · alarmes de nível 3 %3</translation>
    </message>
    <message>
        <source>First seen %1 · last seen %2</source>
        <translation>Vista pela primeira vez em %1 · pela última vez em %2</translation>
    </message>
    <message numerus="yes">
        <source>%n charging session(s), newest first</source>
        <translation>
            <numerusform>%n sessão de carga, mais recente primeiro</numerusform>
            <numerusform>%n sessões de carga, mais recentes primeiro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured the capacity</source>
        <translation>
            <numerusform>%n mediu a capacidade</numerusform>
            <numerusform>%n mediram a capacidade</numerusform>
        </translation>
    </message>
    <message>
        <source>No charging session recorded for this pack yet.</source>
        <translation>Nenhuma sessão de carga registrada para esta bateria ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) while in a slot here, newest first</source>
        <translation>
            <numerusform>%n alarme em posições desta estação, mais recente primeiro</numerusform>
            <numerusform>%n alarmes em posições desta estação, mais recentes primeiro</numerusform>
        </translation>
    </message>
    <message>
        <source>No alarm recorded for this pack.</source>
        <translation>Nenhum alarme registrado para esta bateria.</translation>
    </message>
    <message>
        <source>SoC %1 % · %2 V · %3 A</source>
        <translation>SoC %1 % · %2 V · %3 A</translation>
    </message>
    <message>
        <source>Charger: %1, %2 kW</source>
        <translation>Carregador: %1, %2 kW</translation>
    </message>
    <message>
        <source>full in %1 min</source>
        <translation>cheia em %1 min</translation>
    </message>
    <message>
        <source>Temperatures %1 to %2 °C · cells %3 to %4 V</source>
        <translation>Temperaturas de %1 a %2 °C · células de %3 a %4 V</translation>
    </message>
    <message>
        <source>Not valid now: %1</source>
        <translation>Leituras inválidas agora: %1</translation>
    </message>
    <message>
        <source>Insulation: not read</source>
        <translation>Isolação: não lida</translation>
    </message>
    <message>
        <source>INSULATION LOW: %1 kΩ (alarm at %2 kΩ and below)</source>
        <translation>ISOLAÇÃO BAIXA: %1 kΩ (alarme em %2 kΩ ou menos)</translation>
    </message>
    <message>
        <source>Insulation lower than usual: %1 kΩ (below %2 kΩ)</source>
        <translation>Isolação mais baixa que o normal: %1 kΩ (abaixo de %2 kΩ)</translation>
    </message>
    <message>
        <source>Insulation: %1 kΩ</source>
        <translation>Isolação: %1 kΩ</translation>
    </message>
    <message>
        <source>BMS alarm level: not read</source>
        <translation>Nível de alarme do BMS: não lido</translation>
    </message>
    <message>
        <source>BMS: no alarm (level 0)</source>
        <translation>BMS: nenhum alarme (nível 0)</translation>
    </message>
    <message>
        <source>no flag named</source>
        <translation>nenhum indicador informado</translation>
    </message>
    <message>
        <source>BMS alarm level %1: %2</source>
        <translation>Alarme do BMS, nível %1: %2</translation>
    </message>
    <message>
        <source>Cells not read: the controller did not answer within %1 s.</source>
        <translation>Células não lidas: o controlador não respondeu em %1 s.</translation>
    </message>
    <message>
        <source>Cells not read: the controller did not show this slot&apos;s cells.</source>
        <translation>Células não lidas: o controlador não mostrou as células desta posição.</translation>
    </message>
    <message>
        <source>Not in the rack: no live values.</source>
        <translation>Fora do rack: sem valores ao vivo.</translation>
    </message>
    <message>
        <source>The slot is empty: no cells to read.</source>
        <translation>A posição está vazia: nenhuma célula para ler.</translation>
    </message>
    <message>
        <source>Shown: the read at %1.</source>
        <translation>Exibida: a leitura das %1.</translation>
    </message>
    <message>
        <source>Reading cells…</source>
        <translation>Lendo células…</translation>
    </message>
    <message numerus="yes">
        <source>%n cell voltages</source>
        <translation>
            <numerusform>%n tensão de célula</numerusform>
            <numerusform>%n tensões de célula</numerusform>
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
        <translation>lidas às %1, de novo a cada %2 s</translation>
    </message>
    <message>
        <source>No valid cell voltage.</source>
        <translation>Nenhuma tensão de célula válida.</translation>
    </message>
    <message>
        <source>lowest: cell %1, %2 V · highest: cell %3, %4 V · mean %5 V · spread %6 V</source>
        <translation>mínima: célula %1, %2 V · máxima: célula %3, %4 V · média %5 V · dispersão %6 V</translation>
    </message>
    <message numerus="yes">
        <source>%n not valid</source>
        <translation>
            <numerusform>%n inválida</numerusform>
            <numerusform>%n inválidas</numerusform>
        </translation>
    </message>
    <message>
        <source>No valid temperature.</source>
        <translation>Nenhuma temperatura válida.</translation>
    </message>
    <message>
        <source>coolest: sensor %1, %2 °C · hottest: sensor %3, %4 °C · spread %5 °C</source>
        <translation>mínima: sensor %1, %2 °C · máxima: sensor %3, %4 °C · dispersão %5 °C</translation>
    </message>
    <message>
        <source>Why is pack %1 quarantined? It is kept out of every swap until a technician releases it.</source>
        <translation>Por que pôr a bateria %1 em quarentena? Ela fica fora de todas as trocas até um técnico liberá-la.</translation>
    </message>
    <message>
        <source>Choose the reason, then Confirm quarantine.</source>
        <translation>Escolha o motivo e toque em Confirmar quarentena.</translation>
    </message>
    <message>
        <source>Choose why the pack is quarantined first.</source>
        <translation>Escolha primeiro o motivo da quarentena da bateria.</translation>
    </message>
    <message>
        <source>Not quarantined: %1</source>
        <translation>Quarentena não aplicada: %1</translation>
    </message>
    <message>
        <source>Pack %1 is in quarantine (%2): it is not offered to any swap.</source>
        <translation>A bateria %1 está em quarentena (%2): ela não é oferecida a nenhuma troca.</translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>Não liberada: %1</translation>
    </message>
    <message>
        <source>Pack %1 is released from quarantine: it is offered again once it is ready.</source>
        <translation>A bateria %1 foi liberada da quarentena: volta a ser oferecida quando estiver pronta.</translation>
    </message>
    <message>
        <source>This station&apos;s exports folder</source>
        <translation>Pasta de exportações desta estação</translation>
    </message>
    <message>
        <source>Drive %1</source>
        <translation>Unidade %1</translation>
    </message>
    <message>
        <source>No drive is plugged in and this console keeps no journal: plug in a USB drive, then Save record again.</source>
        <translation>Nenhuma unidade conectada e este console não mantém diário: conecte uma unidade USB e toque de novo em Salvar registro.</translation>
    </message>
    <message>
        <source>Choose where, then Save here.</source>
        <translation>Escolha o local e toque em Salvar aqui.</translation>
    </message>
    <message>
        <source>Save the record of pack %1 (record and sessions as CSV, a picture of each chart) into %2</source>
        <translation>Salvar o registro da bateria %1 (registro e sessões em CSV, uma imagem de cada gráfico) em %2</translation>
    </message>
    <message>
        <source>Choose where to save first.</source>
        <translation>Escolha primeiro onde salvar.</translation>
    </message>
    <message>
        <source>Written before that: %1.</source>
        <translation>Gravados antes disso: %1.</translation>
    </message>
    <message>
        <source>Not saved to %1: %2.</source>
        <translation>Não salvo em %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1, each named %2-…: %3.</source>
        <translation>
            <numerusform>%n arquivo salvo em %1, com o nome %2-…: %3.</numerusform>
            <numerusform>%n arquivos salvos em %1, cada um com o nome %2-…: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>the drive is read-only or write-protected</source>
        <translation>a unidade é somente leitura ou está protegida contra gravação</translation>
    </message>
    <message>
        <source>the drive is full</source>
        <translation>a unidade está cheia</translation>
    </message>
    <message>
        <source>the drive is gone or failing (unplugged?)</source>
        <translation>a unidade sumiu ou está falhando (desconectada?)</translation>
    </message>
    <message>
        <source>that is not a folder</source>
        <translation>isso não é uma pasta</translation>
    </message>
    <message>
        <source>the drive refused it (%1)</source>
        <translation>a unidade recusou a gravação (%1)</translation>
    </message>
    <message>
        <source>Type the pack&apos;s code (or scan it), or a slot number, then OK.</source>
        <translation>Digite o código da bateria (ou leia-o) ou um número de posição e toque em OK.</translation>
    </message>
    <message>
        <source>Type a pack code or a slot number first.</source>
        <translation>Digite primeiro um código de bateria ou um número de posição.</translation>
    </message>
    <message numerus="yes">
        <source>There is no slot %1: the rack has %n slot(s).</source>
        <translation>
            <numerusform>Não existe a posição %1: o rack tem %n posição.</numerusform>
            <numerusform>Não existe a posição %1: o rack tem %n posições.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packs in the rack match %1: type more of the code.</source>
        <translation>
            <numerusform>%n bateria do rack corresponde a %1: digite mais do código.</numerusform>
            <numerusform>%n baterias do rack correspondem a %1: digite mais do código.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack %1 is not in the rack: its records.</source>
        <translation>A bateria %1 não está no rack: estes são os registros dela.</translation>
    </message>
    <message>
        <source>No pack %1 in the rack or in the journal.</source>
        <translation>Nenhuma bateria %1 no rack nem no diário.</translation>
    </message>
    <message>
        <source>Found in slot %1.</source>
        <translation>Encontrada na posição %1.</translation>
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
        <translation>Tudo</translation>
    </message>
    <message>
        <source>Raw samples (every 10 s while active, every minute at rest)</source>
        <translation>Amostras brutas (a cada 10 s em atividade, a cada minuto em repouso)</translation>
    </message>
    <message>
        <source>1-minute buckets: band = min to max, line = mean</source>
        <translation>Intervalos de 1 minuto: faixa = mín. a máx., linha = média</translation>
    </message>
    <message>
        <source>1-hour buckets: band = min to max, line = mean</source>
        <translation>Intervalos de 1 hora: faixa = mín. a máx., linha = média</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2.</source>
        <translation>O diário %1 não pode ser lido: %2.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>média</translation>
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
        <translation>Tensão</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Corrente</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Células</translation>
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
        <translation>Potência do carregador</translation>
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
        <translation>Falha de isolação</translation>
    </message>
    <message>
        <source>BMS SoH disagrees with the measured capacity</source>
        <translation>SoH do BMS diverge da capacidade medida</translation>
    </message>
    <message>
        <source>Cell imbalance</source>
        <translation>Desbalanceamento de células</translation>
    </message>
    <message>
        <source>Physical damage or a leak</source>
        <translation>Dano físico ou vazamento</translation>
    </message>
    <message>
        <source>Repeated BMS alarms</source>
        <translation>Alarmes repetidos do BMS</translation>
    </message>
    <message>
        <source>Other: a technician inspects it</source>
        <translation>Outro: um técnico a inspeciona</translation>
    </message>
    <message>
        <source>Blocked by the fleet</source>
        <translation>Bloqueado pela frota</translation>
    </message>
    <message>
        <source>no pack is named</source>
        <translation>nenhuma bateria indicada</translation>
    </message>
    <message>
        <source>choose why from the list</source>
        <translation>escolha o motivo na lista</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>entre primeiro</translation>
    </message>
    <message>
        <source>the pack is in quarantine already</source>
        <translation>a bateria já está em quarentena</translation>
    </message>
    <message>
        <source>the pack is not in quarantine</source>
        <translation>a bateria não está em quarentena</translation>
    </message>
    <message>
        <source>only a technician may release a pack from quarantine</source>
        <translation>só um técnico pode liberar uma bateria da quarentena</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
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
        <translation>%1 (treinamento)</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: desativado</translation>
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
        <translation>O nome da pessoa (pelo teclado da tela ou por um teclado conectado):</translation>
    </message>
    <message>
        <source>Their role:</source>
        <translation>O perfil:</translation>
    </message>
    <message>
        <source>Their PIN, 4 to 8 digits, not easy to guess:</source>
        <translation>O PIN, de 4 a 8 dígitos, difícil de adivinhar:</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>O mesmo PIN de novo:</translation>
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
        <translation>há %1 s</translation>
    </message>
    <message>
        <source>%1 min old</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <source>%1 h old</source>
        <translation>há %1 h</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Swap receipt</source>
        <translation>Comprovante de troca</translation>
    </message>
    <message>
        <source>The driver can scan the code to keep this swap&apos;s record.</source>
        <translation>O motorista pode ler o código para guardar o registro desta troca.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abortada</translation>
    </message>
    <message>
        <source>result unknown</source>
        <translation>resultado desconhecido</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nenhuma registrada</translation>
    </message>
    <message>
        <source>%1 (slot %2, %3 %)</source>
        <translation>%1 (posição %2, %3 %)</translation>
    </message>
    <message>
        <source>Vehicle: %1 (%2)</source>
        <translation>Veículo: %1 (%2)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Packs removed: %1</source>
        <translation>Baterias retiradas: %1</translation>
    </message>
    <message>
        <source>Packs installed: %1</source>
        <translation>Baterias instaladas: %1</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh (metered into the packs installed)</source>
        <translation>Energia entregue: %1 kWh (medida nas baterias instaladas)</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh (estimated from the packs&apos; SoC)</source>
        <translation>Energia entregue: %1 kWh (estimada pelo SoC das baterias)</translation>
    </message>
    <message>
        <source>Energy delivered: %1 kWh</source>
        <translation>Energia entregue: %1 kWh</translation>
    </message>
    <message>
        <source>Duration: %1 min %2 s</source>
        <translation>Duração: %1 min %2 s</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Término: %1</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>Transação: %1</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Estação: %1</translation>
    </message>
    <message>
        <source>NOT RECORDED in the station journal: %1</source>
        <translation>NÃO REGISTRADO no diário da estação: %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>a lock head jammed</source>
        <translation>uma cabeça de trava emperrou</translation>
    </message>
    <message>
        <source>the lift read an overload</source>
        <translation>o elevador mediu sobrecarga</translation>
    </message>
    <message>
        <source>the shuttle stopped off its slot</source>
        <translation>o carro parou fora da posição</translation>
    </message>
    <message>
        <source>a slot&apos;s charger is faulted</source>
        <translation>o carregador de uma posição está em falha</translation>
    </message>
    <message>
        <source>a pack&apos;s insulation is too low</source>
        <translation>a isolação de uma bateria está baixa demais</translation>
    </message>
    <message>
        <source>the vehicle could not be positioned</source>
        <translation>o veículo não pôde ser posicionado</translation>
    </message>
    <message>
        <source>emergency stop</source>
        <translation>parada de emergência</translation>
    </message>
    <message>
        <source>someone crossed the bay light curtain</source>
        <translation>alguém atravessou a cortina de luz da baia</translation>
    </message>
    <message>
        <source>the controller lost this console&apos;s heartbeat</source>
        <translation>o controlador perdeu o heartbeat deste console</translation>
    </message>
    <message>
        <source>the installed pack is not the planned one</source>
        <translation>a bateria instalada não é a planejada</translation>
    </message>
    <message>
        <source>the pack&apos;s BMS did not answer</source>
        <translation>o BMS da bateria não respondeu</translation>
    </message>
    <message>
        <source>the vehicle&apos;s HV interlock is open</source>
        <translation>o intertravamento de AT do veículo está aberto</translation>
    </message>
    <message>
        <source>a swap was aborted mid-way</source>
        <translation>uma troca foi abortada no meio</translation>
    </message>
    <message>
        <source>a pack raised an alarm</source>
        <translation>uma bateria disparou um alarme</translation>
    </message>
    <message>
        <source>a station door is open</source>
        <translation>uma porta da estação está aberta</translation>
    </message>
    <message>
        <source>the controller restarted during a swap</source>
        <translation>o controlador reiniciou durante uma troca</translation>
    </message>
    <message>
        <source>controller fault code %1</source>
        <translation>falha do controlador, código %1</translation>
    </message>
    <message>
        <source>no fault given</source>
        <translation>nenhuma falha informada</translation>
    </message>
    <message>
        <source>the controller does not know this command</source>
        <translation>o controlador não conhece este comando</translation>
    </message>
    <message>
        <source>check that the controller&apos;s firmware speaks this console&apos;s register map</source>
        <translation>verifique se o firmware do controlador usa o mapa de registradores deste console</translation>
    </message>
    <message>
        <source>the controller found the command&apos;s values out of range</source>
        <translation>o controlador encontrou valores do comando fora da faixa</translation>
    </message>
    <message>
        <source>plan the swap again; if it repeats, call a technician</source>
        <translation>planeje a troca de novo; se repetir, chame um técnico</translation>
    </message>
    <message>
        <source>the station is not in the right mode (automatic or maintenance)</source>
        <translation>a estação não está no modo certo (automático ou manutenção)</translation>
    </message>
    <message>
        <source>ask a technician to set the mode</source>
        <translation>peça a um técnico para ajustar o modo</translation>
    </message>
    <message>
        <source>the emergency stop is latched</source>
        <translation>a parada de emergência está acionada</translation>
    </message>
    <message>
        <source>make the bay safe and turn the reset key at the cabinet, then reset here</source>
        <translation>deixe a baia segura e gire a chave de rearme no painel; depois rearme aqui</translation>
    </message>
    <message>
        <source>a swap is already running</source>
        <translation>já há uma troca em andamento</translation>
    </message>
    <message>
        <source>wait for it to end; it shows in the swap panel</source>
        <translation>aguarde o fim; ela aparece no painel de troca</translation>
    </message>
    <message>
        <source>no vehicle is in position</source>
        <translation>nenhum veículo posicionado</translation>
    </message>
    <message>
        <source>wait until the bay shows the vehicle in position, then start again</source>
        <translation>aguarde a baia mostrar o veículo posicionado e inicie de novo</translation>
    </message>
    <message>
        <source>a planned slot holds no pack</source>
        <translation>uma posição planejada está sem bateria</translation>
    </message>
    <message>
        <source>tap Start swap again: the console plans from the rack as it is now</source>
        <translation>toque de novo em Iniciar troca: o console planeja com o rack como está agora</translation>
    </message>
    <message>
        <source>there is no free slot for the depleted pack</source>
        <translation>não há posição livre para a bateria descarregada</translation>
    </message>
    <message>
        <source>free a slot, or call a technician</source>
        <translation>libere uma posição ou chame um técnico</translation>
    </message>
    <message>
        <source>a fault is active at the controller</source>
        <translation>há uma falha ativa no controlador</translation>
    </message>
    <message>
        <source>follow the recovery steps to clear the fault, then start again</source>
        <translation>siga os passos de recuperação para eliminar a falha e depois inicie de novo</translation>
    </message>
    <message>
        <source>no swap is running</source>
        <translation>nenhuma troca em andamento</translation>
    </message>
    <message>
        <source>nothing to stop</source>
        <translation>nada a parar</translation>
    </message>
    <message>
        <source>the bay sees a different number of pack blocks</source>
        <translation>a baia vê um número diferente de blocos de bateria</translation>
    </message>
    <message>
        <source>check that the right vehicle is identified</source>
        <translation>verifique se o veículo certo foi identificado</translation>
    </message>
    <message>
        <source>motion is held after the controller lost this console&apos;s heartbeat</source>
        <translation>o movimento está retido porque o controlador perdeu o heartbeat deste console</translation>
    </message>
    <message>
        <source>check the bay is clear, then resume</source>
        <translation>verifique se a baia está livre e retome</translation>
    </message>
    <message>
        <source>a planned pack is not available (charging, faulted, disabled or the wrong type)</source>
        <translation>uma bateria planejada não está disponível (carregando, em falha, desativada ou do tipo errado)</translation>
    </message>
    <message>
        <source>the emergency stop is still latched at the cabinet</source>
        <translation>a parada de emergência ainda está acionada no painel</translation>
    </message>
    <message>
        <source>turn the reset key at the cabinet first, then reset here</source>
        <translation>gire primeiro a chave de rearme no painel e depois rearme aqui</translation>
    </message>
    <message>
        <source>no motion is held</source>
        <translation>nenhum movimento retido</translation>
    </message>
    <message>
        <source>nothing to resume</source>
        <translation>nada a retomar</translation>
    </message>
    <message>
        <source>the controller refused it with reason code %1</source>
        <translation>o controlador recusou com o código de motivo %1</translation>
    </message>
    <message>
        <source>call a technician with this code</source>
        <translation>chame um técnico e informe este código</translation>
    </message>
    <message>
        <source>the E-stop is still latched: make the bay safe and turn the reset key at the cabinet first</source>
        <translation>a emergência ainda está acionada: deixe a baia segura e gire primeiro a chave de rearme no painel</translation>
    </message>
    <message>
        <source>nothing to reset: the controller reports no fault</source>
        <translation>nada a rearmar: o controlador não informa nenhuma falha</translation>
    </message>
    <message>
        <source>%1: only a technician may reset this; sign in as technician</source>
        <translation>%1: só um técnico pode rearmar isto; entre como técnico</translation>
    </message>
    <message>
        <source>homing needs maintenance mode: a signed-in technician selects it</source>
        <translation>referenciar os eixos exige o modo de manutenção: um técnico autenticado o seleciona</translation>
    </message>
    <message>
        <source>vehicle %1 in the bay, not locked (block %2): it must not drive off</source>
        <translation>veículo %1 na baia, não travado (bloco %2): ele não pode sair</translation>
    </message>
    <message>
        <source>next, technician: maintenance. Call a technician; in maintenance mode they free the jam, check the lift or realign the shuttle</source>
        <translation>próximo passo, técnico: manutenção. Chame um técnico; no modo de manutenção ele desemperra a trava, verifica o elevador ou realinha o carro</translation>
    </message>
    <message>
        <source>reset faults here: this resets the faulted charger (and, as every reset, lets the controller move a pack in transit, so the bay must be clear)</source>
        <translation>rearme as falhas aqui: isto rearma o carregador em falha (e, como todo rearme, deixa o controlador mover uma bateria em trânsito, por isso a baia deve estar livre)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is registered (%2, type %3, %n blocks)</source>
        <translation>
            <numerusform>%1 cadastrado (%2, tipo %3, %n bloco)</numerusform>
            <numerusform>%1 cadastrado (%2, tipo %3, %n blocos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the console keeps asking</source>
        <translation>%1; o console continua perguntando</translation>
    </message>
    <message numerus="yes">
        <source>audit chain of %n rows</source>
        <translation>
            <numerusform>cadeia de auditoria de %n linha</numerusform>
            <numerusform>cadeia de auditoria de %n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tamper seal over %n records, keyed</source>
        <translation>
            <numerusform>selo antiviolação sobre %n registro, com chave</numerusform>
            <numerusform>selo antiviolação sobre %n registros, com chave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events archived (the fleet holds them)</source>
        <translation>
            <numerusform>%n evento arquivado (a frota o guarda)</numerusform>
            <numerusform>%n eventos arquivados (a frota os guarda)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>outbox: %n rows point at no event</source>
        <translation>
            <numerusform>caixa de saída: %n linha não aponta para nenhum evento</numerusform>
            <numerusform>caixa de saída: %n linhas não apontam para nenhum evento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>outbox consistent, %n events not yet sent</source>
        <translation>
            <numerusform>caixa de saída consistente, %n evento ainda não enviado</numerusform>
            <numerusform>caixa de saída consistente, %n eventos ainda não enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>Start again: reading the rack, then the plan</source>
        <translation>Iniciar de novo: lendo o rack, depois o plano</translation>
    </message>
    <message>
        <source>nothing to resume: no motion is held</source>
        <translation>nada a retomar: nenhum movimento retido</translation>
    </message>
    <message>
        <source>the vehicle did not switch its HV off</source>
        <translation>o veículo não desligou a AT</translation>
    </message>
    <message>
        <source>the vehicle did not confirm its parking brake</source>
        <translation>o veículo não confirmou o freio de estacionamento</translation>
    </message>
    <message>
        <source>the lift&apos;s load cell read a mass that is not the pack&apos;s</source>
        <translation>a célula de carga do elevador mediu uma massa que não é a da bateria</translation>
    </message>
    <message>
        <source>a lock head ended below its locking torque</source>
        <translation>uma cabeça de trava terminou abaixo do torque de travamento</translation>
    </message>
    <message>
        <source>the journal could not record the start: %1</source>
        <translation>o diário não conseguiu gravar o início: %1</translation>
    </message>
    <message>
        <source>the swap was not started: call a technician about the journal</source>
        <translation>a troca não foi iniciada: chame um técnico por causa do diário</translation>
    </message>
    <message>
        <source>nothing to retry: no vehicle&apos;s positioning failed</source>
        <translation>nada a repetir: nenhum posicionamento de veículo falhou</translation>
    </message>
    <message>
        <source>there is no slot %1</source>
        <translation>não existe a posição %1</translation>
    </message>
    <message>
        <source>this needs the %1 role: sign in</source>
        <translation>isto exige o perfil de %1: entre primeiro</translation>
    </message>
    <message>
        <source>a swap is running: wait for it to end or abort it</source>
        <translation>há uma troca em andamento: aguarde o fim ou aborte-a</translation>
    </message>
    <message>
        <source>first the steps above: the station is not ready for a swap yet</source>
        <translation>primeiro os passos acima: a estação ainda não está pronta para uma troca</translation>
    </message>
    <message>
        <source>the link to the controller is down: nothing can be sent, and what is shown is the last known state</source>
        <translation>o link com o controlador caiu: nada pode ser enviado, e o que se vê é o último estado conhecido</translation>
    </message>
    <message>
        <source>no data from the station yet</source>
        <translation>ainda sem dados da estação</translation>
    </message>
    <message>
        <source>slot %1&apos;s charger is already %2</source>
        <translation>o carregador da posição %1 já está %2</translation>
    </message>
    <message>
        <source>a station door is open: close it first</source>
        <translation>uma porta da estação está aberta: feche-a primeiro</translation>
    </message>
    <message>
        <source>the station is already in %1 mode</source>
        <translation>a estação já está no modo %1</translation>
    </message>
    <message>
        <source>a lock head moves only in maintenance mode: select it first</source>
        <translation>uma cabeça de trava só se move no modo de manutenção: selecione-o primeiro</translation>
    </message>
    <message>
        <source>there is no lock head %1</source>
        <translation>não existe a cabeça de trava %1</translation>
    </message>
    <message>
        <source>lock head %1 is already %2</source>
        <translation>a cabeça de trava %1 já está %2</translation>
    </message>
    <message>
        <source>lock head %1 ended below its torque: unlock it first</source>
        <translation>a cabeça de trava %1 terminou abaixo do torque: destrave-a primeiro</translation>
    </message>
    <message>
        <source>no vehicle in the bay</source>
        <translation>nenhum veículo na baia</translation>
    </message>
    <message>
        <source>vehicle %1 in the bay, its packs locked</source>
        <translation>veículo %1 na baia, baterias travadas</translation>
    </message>
    <message>
        <source>lock head %1 jammed</source>
        <translation>cabeça de trava %1 emperrada</translation>
    </message>
    <message>
        <source>lock head %1 below its locking torque (%2 Nm)</source>
        <translation>cabeça de trava %1 abaixo do torque de travamento (%2 Nm)</translation>
    </message>
    <message>
        <source>the load cell read %1 kg, where a %2 kWh pack weighs %3 kg</source>
        <translation>a célula de carga mediu %1 kg, mas uma bateria de %2 kWh pesa %3 kg</translation>
    </message>
    <message>
        <source>a pack is on the lift (%1 kg, lift at %2 mm)</source>
        <translation>há uma bateria no elevador (%1 kg, elevador a %2 mm)</translation>
    </message>
    <message>
        <source>the lift stands at %1 mm</source>
        <translation>o elevador está a %1 mm</translation>
    </message>
    <message>
        <source>a pack is on the shuttle (%1)</source>
        <translation>há uma bateria no carro (%1)</translation>
    </message>
    <message>
        <source>at the bay</source>
        <translation>na baia</translation>
    </message>
    <message>
        <source>at slot %1</source>
        <translation>na posição %1</translation>
    </message>
    <message>
        <source>between stops</source>
        <translation>entre paradas</translation>
    </message>
    <message>
        <source>E-stop latched</source>
        <translation>emergência acionada</translation>
    </message>
    <message>
        <source>E-stop key turned at the cabinet, the reset is still to confirm here</source>
        <translation>chave da emergência girada no painel; falta confirmar o rearme aqui</translation>
    </message>
    <message>
        <source>motion held after the controller lost this console&apos;s heartbeat</source>
        <translation>movimento retido porque o controlador perdeu o heartbeat deste console</translation>
    </message>
    <message>
        <source>the vehicle could not be positioned (%1 tries)</source>
        <translation>o veículo não pôde ser posicionado (%1 tentativas)</translation>
    </message>
    <message>
        <source>slot %1&apos;s charger is faulted</source>
        <translation>o carregador da posição %1 está em falha</translation>
    </message>
    <message>
        <source>all motion is stopped; keep clear of the lift and the shuttle while a pack is on them</source>
        <translation>todo movimento está parado; afaste-se do elevador e do carro enquanto houver bateria neles</translation>
    </message>
    <message>
        <source>motion is held and will not start again until someone here resumes it or aborts the swap</source>
        <translation>o movimento está retido e só recomeça quando alguém aqui retomá-lo ou abortar a troca</translation>
    </message>
    <message>
        <source>the swap machinery is safe; only the faulted charger is stopped</source>
        <translation>os equipamentos de troca estão seguros; só o carregador em falha está parado</translation>
    </message>
    <message>
        <source>no motion in the bay; the driver waits for a signal</source>
        <translation>nenhum movimento na baia; o motorista aguarda um sinal</translation>
    </message>
    <message>
        <source>the controller holds motion when it stops seeing this console; it will wait for someone here to resume</source>
        <translation>o controlador retém o movimento quando deixa de ver este console; ele vai esperar que alguém aqui retome</translation>
    </message>
    <message>
        <source>the link to the controller is down; last known</source>
        <translation>o link com o controlador caiu; último estado conhecido</translation>
    </message>
    <message>
        <source>slot %1&apos;s pack has low insulation: disable slot %2&apos;s charger, which isolates the pack (a reset does not cure it); a technician quarantines it</source>
        <translation>a bateria da posição %1 tem isolação baixa: desative o carregador da posição %2, o que isola a bateria (um rearme não resolve); um técnico a coloca em quarentena</translation>
    </message>
    <message>
        <source>check the serial cable and the controller&apos;s power; the console reconnects by itself and then shows what the controller says</source>
        <translation>verifique o cabo serial e a alimentação do controlador; o console se reconecta sozinho e então mostra o que o controlador diz</translation>
    </message>
    <message>
        <source>clear the bay and make sure nobody is inside the light curtain</source>
        <translation>libere a baia e garanta que não há ninguém dentro da cortina de luz</translation>
    </message>
    <message>
        <source>turn the E-stop reset key at the cabinet</source>
        <translation>gire a chave de rearme da emergência no painel</translation>
    </message>
    <message>
        <source>reset faults here: the controller returns any pack in transit to a free slot and locks the vehicle&apos;s packs</source>
        <translation>rearme as falhas aqui: o controlador devolve qualquer bateria em trânsito a uma posição livre e trava as baterias do veículo</translation>
    </message>
    <message>
        <source>a technician (signed in) resets here after freeing the cause: the controller then returns any pack in transit to a free slot and locks the vehicle&apos;s packs</source>
        <translation>um técnico (autenticado) rearma aqui depois de eliminar a causa: o controlador então devolve qualquer bateria em trânsito a uma posição livre e trava as baterias do veículo</translation>
    </message>
    <message>
        <source>keep the vehicle where it is: do not let it drive off</source>
        <translation>mantenha o veículo onde está: não deixe que ele saia</translation>
    </message>
    <message>
        <source>check the bay is clear, then resume: the swap continues from where it held</source>
        <translation>verifique se a baia está livre e retome: a troca continua de onde parou</translation>
    </message>
    <message>
        <source>or abort the swap: the controller stops it where it stands</source>
        <translation>ou aborte a troca: o controlador a para onde ela está</translation>
    </message>
    <message>
        <source>then start the swap again for the vehicle in the bay</source>
        <translation>depois inicie a troca de novo para o veículo na baia</translation>
    </message>
    <message>
        <source>guide the driver back to the start of the wheel guides</source>
        <translation>oriente o motorista a recuar até o início das guias das rodas</translation>
    </message>
    <message>
        <source>retry positioning: the driver drives onto the guides again</source>
        <translation>repita o posicionamento: o motorista entra nas guias de novo</translation>
    </message>
    <message>
        <source>if it faults again, disable slot %1&apos;s charger and call a technician; its pack is not used for swaps while it is disabled</source>
        <translation>se falhar de novo, desative o carregador da posição %1 e chame um técnico; a bateria dessa posição não é usada em trocas enquanto o carregador estiver desativado</translation>
    </message>
    <message>
        <source>technician: home the axes (lift down, shuttle to the bay)</source>
        <translation>técnico: referencie os eixos (elevador embaixo, carro na baia)</translation>
    </message>
    <message>
        <source>technician: return the station to automatic mode when the work is done</source>
        <translation>técnico: volte a estação ao modo automático ao terminar o trabalho</translation>
    </message>
    <message>
        <source>the driver switches the vehicle off (HV off) and keeps it off until the swap ends</source>
        <translation>o motorista desliga o veículo (AT desligada) e o mantém desligado até o fim da troca</translation>
    </message>
    <message>
        <source>the driver sets the parking brake and keeps it set until the swap ends</source>
        <translation>o motorista aciona o freio de estacionamento e o mantém acionado até o fim da troca</translation>
    </message>
    <message>
        <source>close the station door: nothing moves and no swap starts while it is open</source>
        <translation>feche a porta da estação: nada se move e nenhuma troca começa enquanto ela estiver aberta</translation>
    </message>
    <message>
        <source>technician: check the pack on the lift against its type and the load cell before the reset</source>
        <translation>técnico: confira a bateria no elevador com o tipo dela e a célula de carga antes do rearme</translation>
    </message>
    <message>
        <source>technician: select maintenance mode to re-lock the lock head</source>
        <translation>técnico: selecione o modo de manutenção para travar de novo a cabeça de trava</translation>
    </message>
    <message>
        <source>hold Unlock head until lock head %1 reads unlocked</source>
        <translation>mantenha Destravar cabeça pressionado até a cabeça de trava %1 indicar destravada</translation>
    </message>
    <message>
        <source>hold Lock head until lock head %1 reads locked, its torque in the window (180-250 Nm)</source>
        <translation>mantenha Travar cabeça pressionado até a cabeça de trava %1 indicar travada, com o torque na faixa (180-250 Nm)</translation>
    </message>
    <message>
        <source>technician: return the station to automatic mode</source>
        <translation>técnico: volte a estação ao modo automático</translation>
    </message>
    <message>
        <source>the station is in maintenance mode: no swap starts until it is automatic</source>
        <translation>a estação está em modo de manutenção: nenhuma troca começa até ela voltar ao automático</translation>
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
        <translation>manutenção</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>travada</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>destravada</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>the rack has no free slot for the vehicle&apos;s first pack: the stopped swap put a pack back into it. A technician takes one pack out of the rack in maintenance mode, or the vehicle leaves as it is (its packs are locked)</source>
        <translation>o rack não tem posição livre para a primeira bateria do veículo: a troca interrompida devolveu uma bateria a ele. Um técnico retira uma bateria do rack no modo de manutenção, ou o veículo sai como está (as baterias dele estão travadas)</translation>
    </message>
    <message>
        <source>a move runs in direction -1 or 1</source>
        <translation>um movimento tem direção -1 ou 1</translation>
    </message>
    <message>
        <source>the controller&apos;s protocol has no such move (it needs protocol 3.2)</source>
        <translation>o protocolo do controlador não tem esse movimento (exige o protocolo 3.2)</translation>
    </message>
    <message>
        <source>the link to the controller is down</source>
        <translation>o link com o controlador caiu</translation>
    </message>
    <message>
        <source>the move stopped: the button was released</source>
        <translation>o movimento parou: o botão foi solto</translation>
    </message>
    <message>
        <source>the move stopped: the link to the controller failed, so the console stopped holding it; the controller stops it by itself</source>
        <translation>o movimento parou: o link com o controlador falhou, então o console deixou de mantê-lo; o controlador o para sozinho</translation>
    </message>
    <message>
        <source>the move stopped: this screen stopped responding, so the console stopped holding it</source>
        <translation>o movimento parou: esta tela deixou de responder, então o console deixou de mantê-lo</translation>
    </message>
    <message>
        <source>the move was not sent: %1</source>
        <translation>o movimento não foi enviado: %1</translation>
    </message>
    <message>
        <source>the controller refused the move&apos;s values (Modbus exception %1): a target it does not have, or a direction the move does not take</source>
        <translation>o controlador recusou os valores do movimento (exceção Modbus %1): um destino que ele não tem ou uma direção que o movimento não aceita</translation>
    </message>
    <message>
        <source>the move stopped: another move took its place</source>
        <translation>o movimento parou: outro movimento tomou o lugar dele</translation>
    </message>
    <message>
        <source>it does not move: the emergency stop is latched or not yet reset</source>
        <translation>não se move: a parada de emergência está acionada ou ainda não foi rearmada</translation>
    </message>
    <message>
        <source>it does not move: motion is held after a lost heartbeat; resume first</source>
        <translation>não se move: o movimento está retido após a perda do heartbeat; retome primeiro</translation>
    </message>
    <message>
        <source>it does not move: a swap is running</source>
        <translation>não se move: há uma troca em andamento</translation>
    </message>
    <message>
        <source>it does not move: the station is not in maintenance mode</source>
        <translation>não se move: a estação não está no modo de manutenção</translation>
    </message>
    <message>
        <source>it does not move: the axes are homing</source>
        <translation>não se move: os eixos estão sendo referenciados</translation>
    </message>
    <message>
        <source>it does not move: a station door is open</source>
        <translation>não se move: uma porta da estação está aberta</translation>
    </message>
    <message>
        <source>it stopped: the controller stopped hearing the button; release it and press again</source>
        <translation>parou: o controlador deixou de receber o sinal do botão; solte-o e pressione de novo</translation>
    </message>
    <message>
        <source>it stopped: a move may run 30 s at a time; release the button and press again</source>
        <translation>parou: um movimento pode durar no máximo 30 s por vez; solte o botão e pressione de novo</translation>
    </message>
    <message>
        <source>it does not move: no lock head or slot chosen</source>
        <translation>não se move: nenhuma cabeça de trava ou posição escolhida</translation>
    </message>
    <message>
        <source>it does not move: the shuttle moves only with the lift down</source>
        <translation>não se move: o carro só se move com o elevador embaixo</translation>
    </message>
    <message>
        <source>it does not move: the lift moves only with the shuttle at the bay or at a slot</source>
        <translation>não se move: o elevador só se move com o carro na baia ou em uma posição</translation>
    </message>
    <message>
        <source>it does not unlock: the vehicle has not confirmed HV off and its parking brake</source>
        <translation>não destrava: o veículo não confirmou a AT desligada e o freio de estacionamento</translation>
    </message>
    <message>
        <source>it is there: nothing more to move in that direction</source>
        <translation>já chegou: nada mais a mover nessa direção</translation>
    </message>
    <message>
        <source>the lock ended below its torque window: the head is faulted; unlock it and lock it again</source>
        <translation>a trava terminou abaixo da faixa de torque: a cabeça está em falha; destrave-a e trave-a de novo</translation>
    </message>
    <message>
        <source>it does not move: the controller gives reason code %1</source>
        <translation>não se move: o controlador informa o código de motivo %1</translation>
    </message>
    <message>
        <source>homed: the lift is down and the shuttle at the bay</source>
        <translation>referenciado: o elevador está embaixo e o carro na baia</translation>
    </message>
    <message>
        <source>%1; chosen by %2: %3. %4</source>
        <translation>%1; escolha por %2: %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>%n of the rack&apos;s type %1 packs are ready</source>
        <translation>
            <numerusform>%n bateria do tipo %1 do rack está pronta</numerusform>
            <numerusform>%n baterias do tipo %1 do rack estão prontas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, depois %2</translation>
    </message>
    <message>
        <source>slot %1 (%2 % SoC, %3 % SoH, %4)</source>
        <translation>posição %1 (%2 % SoC, %3 % SoH, %4)</translation>
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
        <translation>ciclos desconhecidos</translation>
    </message>
    <message>
        <source>Depleted pack to slot %1.</source>
        <translation>Bateria descarregada para a posição %1.</translation>
    </message>
    <message>
        <source>Block 1 carries no pack: nothing to take out first.</source>
        <translation>O bloco 1 não tem bateria: nada a retirar primeiro.</translation>
    </message>
    <message numerus="yes">
        <source>needs %n packs of type %1, %2</source>
        <translation>
            <numerusform>precisa de %n bateria do tipo %1, %2</numerusform>
            <numerusform>precisa de %n baterias do tipo %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n pronta</numerusform>
            <numerusform>%n prontas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the rack holds no type %2 pack</source>
        <translation>%1: o rack não tem bateria do tipo %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; enough ready in about %3 min</source>
        <translation>%1: %2; baterias prontas suficientes em cerca de %3 min</translation>
    </message>
    <message>
        <source>no free slot for the depleted pack: every slot holds a pack</source>
        <translation>nenhuma posição livre para a bateria descarregada: todas as posições têm bateria</translation>
    </message>
    <message numerus="yes">
        <source>%n without a pack code</source>
        <translation>
            <numerusform>%n sem código de bateria</numerusform>
            <numerusform>%n sem código de bateria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n em quarentena</numerusform>
            <numerusform>%n em quarentena</numerusform>
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
            <numerusform>%n com falha do carregador</numerusform>
            <numerusform>%n com falha do carregador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in disabled slots</source>
        <translation>
            <numerusform>%n em posição desativada</numerusform>
            <numerusform>%n em posições desativadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with invalid readings</source>
        <translation>
            <numerusform>%n com leituras inválidas</numerusform>
            <numerusform>%n com leituras inválidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in poor health</source>
        <translation>
            <numerusform>%n com saúde ruim</numerusform>
            <numerusform>%n com saúde ruim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with the temperature out of range</source>
        <translation>
            <numerusform>%n com temperatura fora da faixa</numerusform>
            <numerusform>%n com temperatura fora da faixa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with insulation low</source>
        <translation>
            <numerusform>%n com isolação baixa</numerusform>
            <numerusform>%n com isolação baixa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n charging</source>
        <translation>
            <numerusform>%n carregando</numerusform>
            <numerusform>%n carregando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not charged</source>
        <translation>
            <numerusform>%n não carregada</numerusform>
            <numerusform>%n não carregadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at alarm level %1</source>
        <translation>
            <numerusform>%n com alarme de nível %1</numerusform>
            <numerusform>%n com alarme de nível %1</numerusform>
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
        <translation>maior SoC</translation>
    </message>
    <message>
        <source>fewest cycles</source>
        <translation>menos ciclos</translation>
    </message>
    <message>
        <source>best health</source>
        <translation>melhor saúde</translation>
    </message>
    <message>
        <source>coolest</source>
        <translation>mais fria</translation>
    </message>
    <message>
        <source>lowest slot</source>
        <translation>menor posição</translation>
    </message>
    <message>
        <source>motion held: the controller lost the console&apos;s heartbeat</source>
        <translation>movimento retido: o controlador perdeu o heartbeat do console</translation>
    </message>
    <message>
        <source>the bay light curtain is interrupted</source>
        <translation>a cortina de luz da baia está interrompida</translation>
    </message>
    <message>
        <source>controller faults: %1</source>
        <translation>falhas do controlador: %1</translation>
    </message>
    <message>
        <source>no reason given by the controller</source>
        <translation>o controlador não informou o motivo</translation>
    </message>
    <message>
        <source>enter the person&apos;s name</source>
        <translation>digite o nome da pessoa</translation>
    </message>
    <message>
        <source>a name has at most %1 characters</source>
        <translation>um nome tem no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>a name is letters, digits, spaces and . - &apos; only</source>
        <translation>um nome só pode ter letras, dígitos, espaços e . - &apos;</translation>
    </message>
    <message>
        <source>there is already a user called %1</source>
        <translation>já existe um usuário chamado %1</translation>
    </message>
    <message>
        <source>there is no user called %1</source>
        <translation>não existe nenhum usuário chamado %1</translation>
    </message>
    <message>
        <source>a PIN is 4 to 8 digits</source>
        <translation>um PIN tem de 4 a 8 dígitos</translation>
    </message>
    <message>
        <source>that PIN is too easy to guess (one digit repeated, or a run like 1234): choose another</source>
        <translation>esse PIN é fácil demais de adivinhar (um dígito repetido ou uma sequência como 1234): escolha outro</translation>
    </message>
    <message>
        <source>another user has that PIN: choose another</source>
        <translation>outro usuário tem esse PIN: escolha outro</translation>
    </message>
    <message>
        <source>the two PINs differ: enter the same PIN twice</source>
        <translation>os dois PINs são diferentes: digite o mesmo PIN duas vezes</translation>
    </message>
    <message>
        <source>another user has that badge</source>
        <translation>outro usuário tem esse crachá</translation>
    </message>
    <message>
        <source>a badge reads at least 4 characters</source>
        <translation>um crachá tem pelo menos 4 caracteres</translation>
    </message>
    <message>
        <source>wrong PIN (%1 of %2 tries)</source>
        <translation>PIN errado (%1 de %2 tentativas)</translation>
    </message>
    <message>
        <source>too many wrong PINs: sign-in is locked for %1 s</source>
        <translation>PINs errados demais: a entrada está bloqueada por %1 s</translation>
    </message>
    <message>
        <source>wrong PIN, %1 times: sign-in is locked for %2 s</source>
        <translation>PIN errado %1 vezes: a entrada está bloqueada por %2 s</translation>
    </message>
    <message>
        <source>that badge belongs to no user</source>
        <translation>esse crachá não pertence a nenhum usuário</translation>
    </message>
    <message>
        <source>%1 is disabled: a supervisor can enable them again</source>
        <translation>o usuário %1 está desativado: um supervisor pode reativá-lo</translation>
    </message>
    <message>
        <source>%1 is a training user: training users sign in on the simulated station only</source>
        <translation>%1 é um usuário de treinamento: usuários de treinamento só entram na estação simulada</translation>
    </message>
    <message>
        <source>%1 is the last supervisor: add another supervisor first</source>
        <translation>%1 é o último supervisor: adicione outro supervisor primeiro</translation>
    </message>
    <message>
        <source>enter the PIN first</source>
        <translation>digite o PIN primeiro</translation>
    </message>
    <message>
        <source>no one can sign in: the user file cannot be used (%1)</source>
        <translation>ninguém pode entrar: o arquivo de usuários não pode ser usado (%1)</translation>
    </message>
    <message>
        <source>only a supervisor manages users</source>
        <translation>só um supervisor gerencia usuários</translation>
    </message>
    <message>
        <source>maintenance needs a signed-in technician or supervisor</source>
        <translation>a manutenção exige um técnico ou supervisor autenticado</translation>
    </message>
    <message>
        <source>a swap is running: maintenance waits for it to end</source>
        <translation>há uma troca em andamento: a manutenção aguarda o fim dela</translation>
    </message>
    <message>
        <source>the station is in maintenance already</source>
        <translation>a estação já está em manutenção</translation>
    </message>
    <message>
        <source>the station is not in maintenance</source>
        <translation>a estação não está em manutenção</translation>
    </message>
    <message>
        <source>maintenance asked of the controller: it shows once the controller confirms</source>
        <translation>manutenção pedida ao controlador: aparece quando o controlador confirmar</translation>
    </message>
    <message>
        <source>automatic operation asked of the controller</source>
        <translation>operação automática pedida ao controlador</translation>
    </message>
    <message>
        <source>the controller confirms maintenance mode</source>
        <translation>o controlador confirma o modo de manutenção</translation>
    </message>
    <message>
        <source>the controller confirms automatic operation</source>
        <translation>o controlador confirma a operação automática</translation>
    </message>
    <message>
        <source>the station stays in maintenance until it is safe: %1</source>
        <translation>a estação fica em manutenção até estar segura: %1</translation>
    </message>
    <message>
        <source>motion needs maintenance mode: enter it first</source>
        <translation>o movimento exige o modo de manutenção: entre nele primeiro</translation>
    </message>
    <message>
        <source>the move stopped: %1</source>
        <translation>o movimento parou: %1</translation>
    </message>
    <message>
        <source>a second finger touched the screen</source>
        <translation>um segundo dedo tocou a tela</translation>
    </message>
    <message>
        <source>the console&apos;s window stopped being the active one</source>
        <translation>a janela do console deixou de ser a ativa</translation>
    </message>
    <message>
        <source>the button went away (page changed, or signed out)</source>
        <translation>o botão sumiu (a tela mudou ou o usuário saiu)</translation>
    </message>
    <message>
        <source>the lift is not down (home the axes)</source>
        <translation>o elevador não está embaixo (referencie os eixos)</translation>
    </message>
    <message>
        <source>the shuttle is not at the bay (home the axes)</source>
        <translation>o carro não está na baia (referencie os eixos)</translation>
    </message>
    <message>
        <source>a pack is on the lift</source>
        <translation>há uma bateria no elevador</translation>
    </message>
    <message>
        <source>a pack is on the shuttle</source>
        <translation>há uma bateria no carro</translation>
    </message>
    <message>
        <source>an axis is still moving</source>
        <translation>um eixo ainda está em movimento</translation>
    </message>
    <message>
        <source>lock head %1 is faulted</source>
        <translation>a cabeça de trava %1 está em falha</translation>
    </message>
    <message>
        <source>no data from the controller</source>
        <translation>sem dados do controlador</translation>
    </message>
    <message>
        <source>slot %1 is out of service: %2</source>
        <translation>a posição %1 está fora de serviço: %2</translation>
    </message>
    <message>
        <source>slot %1 is out of service until %3: %2</source>
        <translation>a posição %1 está fora de serviço até %3: %2</translation>
    </message>
    <message>
        <source>slot %1 is back in service</source>
        <translation>a posição %1 voltou ao serviço</translation>
    </message>
    <message>
        <source>slot %1 is out of service already</source>
        <translation>a posição %1 já está fora de serviço</translation>
    </message>
    <message>
        <source>slot %1 is in service</source>
        <translation>a posição %1 está em serviço</translation>
    </message>
    <message>
        <source>say why the slot is out of service</source>
        <translation>diga por que a posição está fora de serviço</translation>
    </message>
    <message>
        <source>slot %1 is in the running swap</source>
        <translation>a posição %1 está na troca em andamento</translation>
    </message>
    <message>
        <source>that time has passed already</source>
        <translation>esse horário já passou</translation>
    </message>
    <message>
        <source>charger repair</source>
        <translation>reparo do carregador</translation>
    </message>
    <message>
        <source>connector worn</source>
        <translation>conector desgastado</translation>
    </message>
    <message>
        <source>slot inspection</source>
        <translation>inspeção da posição</translation>
    </message>
    <message>
        <source>cooling fault</source>
        <translation>falha do resfriamento</translation>
    </message>
    <message>
        <source>rack damage</source>
        <translation>dano no rack</translation>
    </message>
    <message>
        <source>other work</source>
        <translation>outro serviço</translation>
    </message>
    <message>
        <source>no plate given</source>
        <translation>nenhuma placa informada</translation>
    </message>
    <message>
        <source>a plate has letters, digits, spaces and hyphens only (Thai consonants allowed); not %1</source>
        <translation>uma placa só tem letras, dígitos, espaços e hifens (consoantes tailandesas são aceitas); não %1</translation>
    </message>
    <message>
        <source>a plate has %1 to %2 characters, not %3</source>
        <translation>uma placa tem de %1 a %2 caracteres, não %3</translation>
    </message>
    <message>
        <source>a vehicle carries 1 to %1 pack blocks</source>
        <translation>um veículo leva de 1 a %1 blocos de bateria</translation>
    </message>
    <message>
        <source>a vehicle needs a pack type</source>
        <translation>um veículo precisa de um tipo de bateria</translation>
    </message>
    <message>
        <source>that code is not a vehicle tag (4-40 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;): scan again</source>
        <translation>esse código não é uma tag de veículo (4-40 letras, dígitos, &apos;:&apos;, &apos;_&apos; ou &apos;-&apos;): leia de novo</translation>
    </message>
    <message>
        <source>no vehicle is registered with code %1</source>
        <translation>nenhum veículo cadastrado com o código %1</translation>
    </message>
    <message>
        <source>%1 is not a registered vehicle: check the plate, or ask the fleet office to register it</source>
        <translation>%1 não é um veículo cadastrado: confira a placa ou peça ao escritório da frota para cadastrá-lo</translation>
    </message>
    <message>
        <source>%1 is disabled at this station: a technician can enable it on the Vehicles page</source>
        <translation>%1 está desativado nesta estação: um técnico pode ativá-lo na tela Veículos</translation>
    </message>
    <message>
        <source>only a signed-in technician or supervisor changes the vehicle registry</source>
        <translation>só um técnico ou supervisor autenticado altera o cadastro de veículos</translation>
    </message>
    <message>
        <source>%1 is already registered: tap it in the list to edit it</source>
        <translation>%1 já está cadastrado: toque nele na lista para editá-lo</translation>
    </message>
    <message>
        <source>%1 is not in the registry</source>
        <translation>%1 não está no cadastro</translation>
    </message>
    <message>
        <source>the last change is still being recorded: try again in a moment</source>
        <translation>a última alteração ainda está sendo registrada: tente de novo em instantes</translation>
    </message>
    <message>
        <source>the journal could not record it, so nothing was changed: %1</source>
        <translation>o diário não conseguiu gravar, então nada foi alterado: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 não pode ser lido: %2</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 alterado: %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1: nothing to change</source>
        <translation>%1: nada a alterar</translation>
    </message>
    <message>
        <source>%1 is disabled: no swap starts for it until it is enabled again</source>
        <translation>%1 está desativado: nenhuma troca começa para ele até ser ativado de novo</translation>
    </message>
    <message>
        <source>%1 is enabled: it may be swapped again</source>
        <translation>%1 está ativado: pode voltar a fazer trocas</translation>
    </message>
    <message>
        <source>%1 was already disabled</source>
        <translation>%1 já estava desativado</translation>
    </message>
    <message>
        <source>%1 was already enabled</source>
        <translation>%1 já estava ativado</translation>
    </message>
    <message>
        <source>%1 imported: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1 importado: %2 novos, %3 atualizados, %4 sem alteração</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>frota</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>pack type</source>
        <translation>tipo de bateria</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blocos</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>no fleet given: every vehicle belongs to a fleet</source>
        <translation>nenhuma frota informada: todo veículo pertence a uma frota</translation>
    </message>
    <message>
        <source>a fleet&apos;s name has at most %1 characters, not %2</source>
        <translation>o nome de uma frota tem no máximo %1 caracteres, não %2</translation>
    </message>
    <message>
        <source>a model&apos;s name has at most %1 characters, not %2</source>
        <translation>o nome de um modelo tem no máximo %1 caracteres, não %2</translation>
    </message>
    <message>
        <source>pack type %1: one of %2</source>
        <translation>tipo de bateria %1: deve ser um de %2</translation>
    </message>
    <message>
        <source>choose the vehicle&apos;s pack type</source>
        <translation>escolha o tipo de bateria do veículo</translation>
    </message>
    <message>
        <source>blocks %1: a vehicle carries 1 to %2 pack blocks</source>
        <translation>blocos %1: um veículo leva de 1 a %2 blocos de bateria</translation>
    </message>
    <message>
        <source>plate %1: %2</source>
        <translation>placa %1: %2</translation>
    </message>
    <message>
        <source>tag %1: a tag is 4 to 40 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>tag %1: uma tag tem de 4 a 40 letras, dígitos, &apos;:&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>at most %1 tags a vehicle, not %2</source>
        <translation>no máximo %1 tags por veículo, não %2</translation>
    </message>
    <message>
        <source>tag %1 already names %2</source>
        <translation>a tag %1 já identifica %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>%1 is also on line %2</source>
        <translation>%1 também está na linha %2</translation>
    </message>
    <message>
        <source>%1 on line %2</source>
        <translation>%1 na linha %2</translation>
    </message>
    <message>
        <source>%1 values where the first line names %2 columns</source>
        <translation>%1 valores, mas a primeira linha nomeia %2 colunas</translation>
    </message>
    <message>
        <source>the first line must name the columns plate, fleet, model, pack_type, blocks (and tags, if any); it reads %1</source>
        <translation>a primeira linha deve nomear as colunas plate, fleet, model, pack_type, blocks (e tags, se houver); ela diz %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line %1, byte %2): save it as CSV UTF-8</source>
        <translation>o arquivo não é texto UTF-8 (linha %1, byte %2): salve-o como CSV UTF-8</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV: %1</source>
        <translation>o arquivo não pode ser lido como CSV: %1</translation>
    </message>
    <message>
        <source>the file has %1 MB: a vehicle list is at most %2 MB</source>
        <translation>o arquivo tem %1 MB: uma lista de veículos tem no máximo %2 MB</translation>
    </message>
    <message>
        <source>the file lists no vehicles</source>
        <translation>o arquivo não lista nenhum veículo</translation>
    </message>
    <message numerus="yes">
        <source>%n more lines are wrong</source>
        <translation>
            <numerusform>mais %n linha está errada</numerusform>
            <numerusform>mais %n linhas estão erradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported, nothing was changed: %2</source>
        <translation>%1 não foi importado, nada foi alterado: %2</translation>
    </message>
    <message>
        <source>nothing to acknowledge: the alarm is not unacknowledged</source>
        <translation>nada a reconhecer: o alarme não está pendente de reconhecimento</translation>
    </message>
    <message>
        <source>acknowledging %1 needs the %2 role</source>
        <translation>reconhecer %1 exige o perfil de %2</translation>
    </message>
    <message>
        <source>nothing to reset: the alarm is not latched with its cause gone</source>
        <translation>nada a rearmar: o alarme não está aguardando rearme após a causa desaparecer</translation>
    </message>
    <message>
        <source>acknowledge the alarm before resetting it</source>
        <translation>reconheça o alarme antes de rearmar</translation>
    </message>
    <message>
        <source>resetting %1 needs the %2 role</source>
        <translation>rearmar %1 exige o perfil de %2</translation>
    </message>
    <message>
        <source>only an annunciated alarm can be shelved</source>
        <translation>só um alarme em exibição pode ser suspenso</translation>
    </message>
    <message>
        <source>%1 may not be shelved</source>
        <translation>%1 não pode ser suspenso</translation>
    </message>
    <message>
        <source>shelving needs the %1 role</source>
        <translation>suspender exige o perfil de %1</translation>
    </message>
    <message>
        <source>shelving needs a reason</source>
        <translation>suspender exige um motivo</translation>
    </message>
    <message>
        <source>shelve for at most %1 minutes</source>
        <translation>suspenda por no máximo %1 minutos</translation>
    </message>
    <message>
        <source>the alarm is not shelved</source>
        <translation>o alarme não está suspenso</translation>
    </message>
    <message>
        <source>unshelving needs the %1 role</source>
        <translation>reativar exige o perfil de %1</translation>
    </message>
    <message>
        <source>no such alarm point</source>
        <translation>esse ponto de alarme não existe</translation>
    </message>
    <message>
        <source>taking an alarm out of service needs the technician role</source>
        <translation>tirar um alarme de serviço exige o perfil de técnico</translation>
    </message>
    <message>
        <source>taking an alarm out of service needs a reason</source>
        <translation>tirar um alarme de serviço exige um motivo</translation>
    </message>
    <message>
        <source>the alarm is in service</source>
        <translation>o alarme está em serviço</translation>
    </message>
    <message>
        <source>recording the start in the journal</source>
        <translation>gravando o início no diário</translation>
    </message>
    <message>
        <source>the start was not sent: the journal could not record it</source>
        <translation>o início não foi enviado: o diário não conseguiu gravá-lo</translation>
    </message>
    <message>
        <source>start sent: waiting for the controller</source>
        <translation>início enviado: aguardando o controlador</translation>
    </message>
    <message>
        <source>abort requested: the controller brings the step to a safe stop</source>
        <translation>aborto solicitado: o controlador leva a etapa a uma parada segura</translation>
    </message>
    <message>
        <source>the controller did not start the swap: %1</source>
        <translation>o controlador não iniciou a troca: %1</translation>
    </message>
    <message>
        <source>no answer to the start command: watching the station to learn whether it started</source>
        <translation>sem resposta ao comando de início: observando a estação para saber se a troca começou</translation>
    </message>
    <message>
        <source>the abort was not confirmed by the controller (%1)</source>
        <translation>o controlador não confirmou o aborto (%1)</translation>
    </message>
    <message>
        <source>the controller has no swap running: the start never took effect</source>
        <translation>o controlador não tem troca em andamento: o início nunca teve efeito</translation>
    </message>
    <message>
        <source>the start command got no answer and never ran</source>
        <translation>o comando de início não teve resposta e nunca foi executado</translation>
    </message>
    <message>
        <source>swap running</source>
        <translation>troca em andamento</translation>
    </message>
    <message>
        <source>swap running, %1</source>
        <translation>troca em andamento, %1</translation>
    </message>
    <message>
        <source>swap already running when the console connected, %1</source>
        <translation>troca já em andamento quando o console se conectou, %1</translation>
    </message>
    <message>
        <source>started at the bay&apos;s local button</source>
        <translation>iniciada no botão local da baia</translation>
    </message>
    <message>
        <source>started from another terminal</source>
        <translation>iniciada em outro terminal</translation>
    </message>
    <message>
        <source>started from this console</source>
        <translation>iniciada neste console</translation>
    </message>
    <message>
        <source>swap completed</source>
        <translation>troca concluída</translation>
    </message>
    <message>
        <source>swap completed, but the console&apos;s check disagrees: %1</source>
        <translation>troca concluída, mas a verificação do console diverge: %1</translation>
    </message>
    <message>
        <source>swap aborted</source>
        <translation>troca abortada</translation>
    </message>
    <message>
        <source>swap failed: %1</source>
        <translation>a troca falhou: %1</translation>
    </message>
    <message>
        <source>the controller no longer reports this swap: its end is unknown</source>
        <translation>o controlador não informa mais esta troca: não se sabe como terminou</translation>
    </message>
    <message>
        <source>the serial line went away (adapter unplugged, or the device server or simulator closed it): %1</source>
        <translation>a linha serial caiu (adaptador desconectado, ou o servidor de dispositivos ou o simulador a fechou): %1</translation>
    </message>
    <message>
        <source>answer failed its CRC check (noise on the line?)</source>
        <translation>a resposta falhou na verificação de CRC (ruído na linha?)</translation>
    </message>
    <message>
        <source>answer longer than expected (noise or a second talker)</source>
        <translation>resposta maior que o esperado (ruído ou um segundo transmissor)</translation>
    </message>
    <message>
        <source>byte count %1 for %2 registers</source>
        <translation>contagem de bytes %1 para %2 registradores</translation>
    </message>
    <message>
        <source>write echo %1 differs from the request</source>
        <translation>o eco da gravação %1 difere da requisição</translation>
    </message>
    <message>
        <source>write answer %1 differs from the request</source>
        <translation>a resposta da gravação %1 difere da requisição</translation>
    </message>
    <message>
        <source>answer from unit %1, expected %2</source>
        <translation>resposta da unidade %1, esperada %2</translation>
    </message>
    <message>
        <source>no valid answer within %1 ms, only %2 bytes of noise or a cut answer</source>
        <translation>sem resposta válida em %1 ms, só %2 bytes de ruído ou uma resposta incompleta</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>sem resposta em %1 ms</translation>
    </message>
    <message>
        <source>answer cut short: %1 of %2 bytes</source>
        <translation>resposta incompleta: %1 de %2 bytes</translation>
    </message>
    <message>
        <source>controller answered function %1 with exception %2 (%3)</source>
        <translation>o controlador respondeu à função %1 com a exceção %2 (%3)</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>função ilegal</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>endereço de dados ilegal</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>valor de dados ilegal</translation>
    </message>
    <message>
        <source>device failure</source>
        <translation>falha do dispositivo</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>dispositivo ocupado</translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation>exceção desconhecida</translation>
    </message>
    <message>
        <source>serial port %1 does not exist: check that the USB adapter is plugged in (ls /dev/serial/by-id/) and that the path is right</source>
        <translation>a porta serial %1 não existe: verifique se o adaptador USB está conectado (ls /dev/serial/by-id/) e se o caminho está certo</translation>
    </message>
    <message>
        <source>no permission to open %1: add the console&apos;s user to the &apos;dialout&apos; group (see the README&apos;s udev notes)</source>
        <translation>sem permissão para abrir %1: adicione o usuário do console ao grupo &apos;dialout&apos; (veja as notas sobre udev no README)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>the link is not connected</source>
        <translation>o link não está conectado</translation>
    </message>
    <message>
        <source>the device answers but is not a swap-station controller (identity %1, expected %2): check the unit id and the wiring</source>
        <translation>o dispositivo responde, mas não é um controlador de estação de troca (identidade %1, esperada %2): confira o id da unidade e a fiação</translation>
    </message>
    <message>
        <source>controller speaks protocol %1, this console %2: update one of them</source>
        <translation>o controlador usa o protocolo %1 e este console o %2: atualize um dos dois</translation>
    </message>
    <message>
        <source>controller reports %1 rack slots</source>
        <translation>o controlador informa %1 posições no rack</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>abrindo %1</translation>
    </message>
    <message>
        <source>built-in simulated station</source>
        <translation>estação simulada integrada</translation>
    </message>
    <message>
        <source>%1 at %2 baud %3, unit %4</source>
        <translation>%1 a %2 baud %3, unidade %4</translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation>%1, unidade %2</translation>
    </message>
    <message>
        <source>no valid answer for %1 s (%2)</source>
        <translation>sem resposta válida por %1 s (%2)</translation>
    </message>
    <message>
        <source>controller heartbeat has not changed for %1 s: the controller program may have stopped; its values are not current</source>
        <translation>o heartbeat do controlador não muda há %1 s: o programa do controlador pode ter parado; os valores dele não estão atualizados</translation>
    </message>
    <message>
        <source>errors have cleared</source>
        <translation>os erros cessaram</translation>
    </message>
    <message>
        <source>the controller answers again, heartbeat changing</source>
        <translation>o controlador volta a responder e o heartbeat muda</translation>
    </message>
    <message>
        <source>controller answers, heartbeat changing</source>
        <translation>o controlador responde e o heartbeat muda</translation>
    </message>
    <message>
        <source>errors on the line, recovered by retries; the controller answers</source>
        <translation>erros na linha, recuperados com repetições; o controlador responde</translation>
    </message>
    <message>
        <source>the console&apos;s screen has not responded for %1 s: the console heartbeat stops, so the controller holds motion</source>
        <translation>a tela do console não responde há %1 s: o heartbeat do console para, então o controlador retém o movimento</translation>
    </message>
    <message>
        <source>the console&apos;s screen responds again: console heartbeat resumed</source>
        <translation>a tela do console voltou a responder: heartbeat do console retomado</translation>
    </message>
    <message>
        <source>the controller restarted</source>
        <translation>o controlador reiniciou</translation>
    </message>
    <message>
        <source>the controller restarted while the link was down</source>
        <translation>o controlador reiniciou enquanto o link estava caído</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n command(s) it had not answered are unknown and will not be sent again</source>
        <translation>
            <numerusform>%1: %n comando sem resposta tem resultado desconhecido e não será reenviado</numerusform>
            <numerusform>%1: %n comandos sem resposta têm resultado desconhecido e não serão reenviados</numerusform>
        </translation>
    </message>
    <message>
        <source>the console closed the link before the controller answered</source>
        <translation>o console fechou o link antes de o controlador responder</translation>
    </message>
    <message>
        <source>not sent: the link to the controller is %1</source>
        <translation>não enviado: o link com o controlador está %1</translation>
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
        <translation>o controlador reiniciou antes de informar o fim; verifique a estação antes de repetir</translation>
    </message>
    <message>
        <source>not sent: the controller restarted; check the station, then send it again</source>
        <translation>não enviado: o controlador reiniciou; verifique a estação e depois envie de novo</translation>
    </message>
    <message>
        <source>the controller answered sequence %1 for %2: another master on the line?</source>
        <translation>o controlador respondeu à sequência %1 para %2: outro mestre na linha?</translation>
    </message>
    <message>
        <source>the controller no longer reports it as running</source>
        <translation>o controlador não o informa mais como em execução</translation>
    </message>
    <message>
        <source>a later command replaced its answer before it reported its end</source>
        <translation>um comando posterior substituiu a resposta dele antes de informar o fim</translation>
    </message>
    <message>
        <source>the controller&apos;s swap result now describes another swap</source>
        <translation>o resultado de troca do controlador agora descreve outra troca</translation>
    </message>
    <message>
        <source>the controller reports no result for the swap it accepted</source>
        <translation>o controlador não informa nenhum resultado da troca que aceitou</translation>
    </message>
    <message>
        <source>accepted, but its end was not reported in time: check the station</source>
        <translation>aceito, mas o fim não foi informado a tempo: verifique a estação</translation>
    </message>
    <message>
        <source>not sent: the link could not carry it in time</source>
        <translation>não enviado: o link não conseguiu transmiti-lo a tempo</translation>
    </message>
    <message>
        <source>no answer in time: the command may or may not have been carried out; check the station before repeating it</source>
        <translation>sem resposta a tempo: o comando pode ter sido executado ou não; verifique a estação antes de repetir</translation>
    </message>
    <message>
        <source>not sent: the link went down</source>
        <translation>não enviado: o link caiu</translation>
    </message>
    <message>
        <source>no journal at %1</source>
        <translation>nenhum diário em %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>verificação de integridade do SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check</source>
        <translation>verificação de integridade do SQLite</translation>
    </message>
    <message>
        <source>schema: %1 of %2 steps applied; the console applies the rest at its next start</source>
        <translation>esquema: %1 de %2 etapas aplicadas; o console aplica o resto na próxima inicialização</translation>
    </message>
    <message>
        <source>no records yet: the journal&apos;s tables are not all made</source>
        <translation>ainda sem registros: nem todas as tabelas do diário foram criadas</translation>
    </message>
    <message>
        <source>row %1: its predecessor is missing or was changed</source>
        <translation>linha %1: a linha anterior está faltando ou foi alterada</translation>
    </message>
    <message>
        <source>row %1: its contents were changed after it was written</source>
        <translation>linha %1: o conteúdo foi alterado depois de gravado</translation>
    </message>
    <message>
        <source>the chain ends at row %1, but %2 rows were written: rows were removed from its end</source>
        <translation>a cadeia termina na linha %1, mas %2 linhas foram gravadas: linhas foram removidas do fim dela</translation>
    </message>
    <message>
        <source>audit chain: %1</source>
        <translation>cadeia de auditoria: %1</translation>
    </message>
    <message>
        <source>tamper seal not checked: no station key given (--key-file)</source>
        <translation>selo antiviolação não verificado: nenhuma chave da estação informada (--key-file)</translation>
    </message>
    <message>
        <source>tamper seal: %1</source>
        <translation>selo antiviolação: %1</translation>
    </message>
    <message>
        <source>event sequence: %1 events numbered %2-%3: some are missing</source>
        <translation>sequência de eventos: %1 eventos numerados %2-%3: faltam alguns</translation>
    </message>
    <message>
        <source>event sequence %1-%2 without gaps (1-%3 are in the file set aside as damaged)</source>
        <translation>sequência de eventos %1-%2 sem lacunas (1-%3 estão no arquivo separado como danificado)</translation>
    </message>
    <message>
        <source>event sequence 1-%1 without gaps</source>
        <translation>sequência de eventos 1-%1 sem lacunas</translation>
    </message>
    <message>
        <source>seal link %1 (%2 row %3) was changed or forged: the chain after it cannot be trusted</source>
        <translation>o link do selo %1 (linha %3 de %2) foi alterado ou forjado: a cadeia depois dele não é confiável</translation>
    </message>
    <message>
        <source>%1 row %2 was added outside the console</source>
        <translation>a linha %2 de %1 foi adicionada fora do console</translation>
    </message>
    <message>
        <source>%1 row %2 was changed after it was written</source>
        <translation>a linha %2 de %1 foi alterada depois de gravada</translation>
    </message>
    <message>
        <source>archived %1 row %2 was added outside the console</source>
        <translation>a linha arquivada %2 de %1 foi adicionada fora do console</translation>
    </message>
    <message>
        <source>archived %1 row %2 was changed after it was written</source>
        <translation>a linha arquivada %2 de %1 foi alterada depois de gravada</translation>
    </message>
    <message>
        <source>%1 row %2 was removed</source>
        <translation>a linha %2 de %1 foi removida</translation>
    </message>
    <message>
        <source>Map identifier, always %1 (&quot;SS&quot;)</source>
        <translation>Identificador do mapa, sempre %1 (&quot;SS&quot;)</translation>
    </message>
    <message>
        <source>Protocol version: major * %1 + minor</source>
        <translation>Versão do protocolo: maior * %1 + menor</translation>
    </message>
    <message>
        <source>Rack slots this station has</source>
        <translation>Posições do rack desta estação</translation>
    </message>
    <message>
        <source>Series cells per pack (cell detail length)</source>
        <translation>Células em série por bateria (tamanho do detalhe de células)</translation>
    </message>
    <message>
        <source>Temperature sensors per pack</source>
        <translation>Sensores de temperatura por bateria</translation>
    </message>
    <message>
        <source>Lock heads fitted in the bay</source>
        <translation>Cabeças de trava instaladas na baia</translation>
    </message>
    <message>
        <source>Controller serial number</source>
        <translation>Número de série do controlador</translation>
    </message>
    <message>
        <source>Controller firmware: major * %1 + minor</source>
        <translation>Firmware do controlador: maior * %1 + menor</translation>
    </message>
    <message>
        <source>Most pack blocks one vehicle may carry</source>
        <translation>Máximo de blocos de bateria que um veículo pode levar</translation>
    </message>
    <message>
        <source>Vendor and model, ASCII</source>
        <translation>Fabricante e modelo, ASCII</translation>
    </message>
    <message>
        <source>Controller heartbeat: +%1 every controller cycle (%2 ms), wraps at %3</source>
        <translation>Heartbeat do controlador: +%1 a cada ciclo do controlador (%2 ms), volta a zero depois de %3</translation>
    </message>
    <message>
        <source>Console heartbeat: the console writes a new value on every poll. If it stops changing for the watchdog time, the controller holds all motion</source>
        <translation>Heartbeat do console: o console grava um valor novo a cada leitura. Se ele parar de mudar pelo tempo do watchdog, o controlador retém todo o movimento</translation>
    </message>
    <message>
        <source>Station mode</source>
        <translation>Modo da estação</translation>
    </message>
    <message>
        <source>Station state</source>
        <translation>Estado da estação</translation>
    </message>
    <message>
        <source>Current sequence step</source>
        <translation>Etapa atual da sequência</translation>
    </message>
    <message>
        <source>Time spent in the current step</source>
        <translation>Tempo decorrido na etapa atual</translation>
    </message>
    <message>
        <source>Expected duration of the current step</source>
        <translation>Duração prevista da etapa atual</translation>
    </message>
    <message>
        <source>Pack block being swapped (%1-based; %2 none)</source>
        <translation>Bloco de bateria em troca (numerado a partir de %1; %2 = nenhum)</translation>
    </message>
    <message>
        <source>Pack blocks in the running swap</source>
        <translation>Blocos de bateria da troca em andamento</translation>
    </message>
    <message>
        <source>Status flags</source>
        <translation>Indicadores de status</translation>
    </message>
    <message>
        <source>Result of the current or last swap</source>
        <translation>Resultado da troca atual ou da última</translation>
    </message>
    <message>
        <source>Fault that ended the last swap (%1 none)</source>
        <translation>Falha que encerrou a última troca (%1 = nenhuma)</translation>
    </message>
    <message>
        <source>Swaps completed since power-up (wraps)</source>
        <translation>Trocas concluídas desde a energização (contador cíclico)</translation>
    </message>
    <message>
        <source>Time since the running swap started</source>
        <translation>Tempo desde o início da troca em andamento</translation>
    </message>
    <message>
        <source>Console heartbeat watchdog time</source>
        <translation>Tempo do watchdog do heartbeat do console</translation>
    </message>
    <message>
        <source>Number of active fault codes</source>
        <translation>Número de códigos de falha ativos</translation>
    </message>
    <message>
        <source>Active fault code %1 (%2 empty)</source>
        <translation>Código de falha ativo %1 (%2 = vazio)</translation>
    </message>
    <message>
        <source>Command code</source>
        <translation>Código do comando</translation>
    </message>
    <message>
        <source>Sequence number of this request (%1-%2)</source>
        <translation>Número de sequência desta requisição (%1-%2)</translation>
    </message>
    <message>
        <source>Argument %1 (meaning per command)</source>
        <translation>Argumento %1 (significado conforme o comando)</translation>
    </message>
    <message>
        <source>Sequence number of the request answered</source>
        <translation>Número de sequência da requisição respondida</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reject reason (status REJECTED)</source>
        <translation>Motivo da recusa (status REJECTED)</translation>
    </message>
    <message>
        <source>Fault code (status FAILED)</source>
        <translation>Código de falha (status FAILED)</translation>
    </message>
    <message>
        <source>Code of the command answered</source>
        <translation>Código do comando respondido</translation>
    </message>
    <message>
        <source>Sequence number of the START_SWAP whose swap status.swap_result and status.swap_fault describe; %1 when that swap was started at the bay&apos;s local start button, or no swap since power-up</source>
        <translation>Número de sequência do START_SWAP cuja troca status.swap_result e status.swap_fault descrevem; %1 quando essa troca foi iniciada no botão de início local da baia, ou se não houve troca desde a energização</translation>
    </message>
    <message>
        <source>%1 when a vehicle is in the bay</source>
        <translation>%1 quando há um veículo na baia</translation>
    </message>
    <message>
        <source>Longitudinal offset from target</source>
        <translation>Desvio longitudinal em relação ao alvo</translation>
    </message>
    <message>
        <source>Lateral offset from target</source>
        <translation>Desvio lateral em relação ao alvo</translation>
    </message>
    <message>
        <source>Positioning result</source>
        <translation>Resultado do posicionamento</translation>
    </message>
    <message>
        <source>Positioning attempts that failed so far</source>
        <translation>Tentativas de posicionamento que falharam até agora</translation>
    </message>
    <message>
        <source>Why the last attempt was out of tolerance</source>
        <translation>Por que a última tentativa ficou fora da tolerância</translation>
    </message>
    <message>
        <source>%1 when the vehicle&apos;s HV is confirmed off</source>
        <translation>%1 quando se confirma que a AT do veículo está desligada</translation>
    </message>
    <message>
        <source>%1 when the parking brake is confirmed</source>
        <translation>%1 quando o freio de estacionamento é confirmado</translation>
    </message>
    <message>
        <source>Pack blocks the bay sensors see on the vehicle</source>
        <translation>Blocos de bateria que os sensores da baia veem no veículo</translation>
    </message>
    <message>
        <source>Pack type seen on the vehicle</source>
        <translation>Tipo de bateria detectado no veículo</translation>
    </message>
    <message>
        <source>Plate read by the bay camera, when one is fitted (UTF-%1, up to %2 bytes: Thai and Chinese plates fit)</source>
        <translation>Placa lida pela câmera da baia, quando houver uma instalada (UTF-%1, até %2 bytes: cabem placas tailandesas e chinesas)</translation>
    </message>
    <message>
        <source>Lift height above its lower limit</source>
        <translation>Altura do elevador acima do limite inferior</translation>
    </message>
    <message>
        <source>Load cell reading. Whenever the lift takes a pack (REMOVE, INSTALL) the controller checks it against the pack type&apos;s mass within +/-%1 % (A_%2KWH %3 kg, B_%4KWH %5 kg, C_%6KWH %7 kg): outside, the swap fails LOAD_MISMATCH (%8); above %9 kg it fails LIFT_OVERLOAD (%10) and flag OVERLOAD is set</source>
        <translation>Leitura da célula de carga. Sempre que o elevador pega uma bateria (REMOVE, INSTALL), o controlador a compara com a massa do tipo de bateria, com tolerância de +/-%1 % (A_%2KWH %3 kg, B_%4KWH %5 kg, C_%6KWH %7 kg): fora dela, a troca falha com LOAD_MISMATCH (%8); acima de %9 kg falha com LIFT_OVERLOAD (%10) e o indicador OVERLOAD é ativado</translation>
    </message>
    <message>
        <source>Lift motion: -%1 down, %2 still, %3 up</source>
        <translation>Movimento do elevador: -%1 descendo, %2 parado, %3 subindo</translation>
    </message>
    <message>
        <source>Lift limit switches</source>
        <translation>Chaves de fim de curso do elevador</translation>
    </message>
    <message>
        <source>Shuttle position along its track from the bay</source>
        <translation>Posição do carro ao longo do trilho, a partir da baia</translation>
    </message>
    <message>
        <source>Where the shuttle stands: %1 bay, n rack slot n, %2 between stops</source>
        <translation>Onde o carro está: %1 baia, n posição n do rack, %2 entre paradas</translation>
    </message>
    <message>
        <source>%1 when the shuttle carries a pack</source>
        <translation>%1 quando o carro leva uma bateria</translation>
    </message>
    <message>
        <source>Shuttle motion: -%1 toward bay, %2 still, %3 toward rack</source>
        <translation>Movimento do carro: -%1 para a baia, %2 parado, %3 para o rack</translation>
    </message>
    <message>
        <source>%1 when aligned with the stop it stands at</source>
        <translation>%1 quando alinhado com a parada em que se encontra</translation>
    </message>
    <message>
        <source>Lock head %1 state</source>
        <translation>Estado da cabeça de trava %1</translation>
    </message>
    <message>
        <source>Lock head %1 last torque</source>
        <translation>Último torque da cabeça de trava %1</translation>
    </message>
    <message>
        <source>%1 while the E-stop circuit is latched</source>
        <translation>%1 enquanto o circuito de emergência está acionado</translation>
    </message>
    <message>
        <source>%1 while the bay light curtain is interrupted</source>
        <translation>%1 enquanto a cortina de luz da baia está interrompida</translation>
    </message>
    <message>
        <source>Open doors. While a door is open fault DOOR_OPEN (%1) is active: START_SWAP is REJECTED FAULT_ACTIVE, a swap in a motion step (UNLOCK to LOCK) stops and fails DOOR_OPEN, a jog is refused DOOR_OPEN. Once the doors are closed RESET_FAULTS clears a swap&apos;s latched DOOR_OPEN</source>
        <translation>Portas abertas. Enquanto uma porta está aberta, a falha DOOR_OPEN (%1) fica ativa: START_SWAP recebe REJECTED FAULT_ACTIVE, uma troca em uma etapa de movimento (UNLOCK a LOCK) para e falha com DOOR_OPEN, um movimento manual é recusado com DOOR_OPEN. Com as portas fechadas, o rearme RESET_FAULTS limpa o DOOR_OPEN memorizado de uma troca</translation>
    </message>
    <message>
        <source>%1 while a confirmation (RESET_FAULTS) is needed before motion</source>
        <translation>%1 enquanto é necessária uma confirmação de rearme (RESET_FAULTS) antes do movimento</translation>
    </message>
    <message>
        <source>Axis (or move) to run</source>
        <translation>Eixo (ou movimento) a executar</translation>
    </message>
    <message>
        <source>-%1, %2 (stop) or %3; what it means per axis below</source>
        <translation>-%1, %2 (parar) ou %3; o significado por eixo está abaixo</translation>
    </message>
    <message>
        <source>The lease counter: a new value at least every %1 s while the button is held</source>
        <translation>O contador da concessão (lease): um valor novo pelo menos a cada %1 s enquanto o botão é mantido pressionado</translation>
    </message>
    <message>
        <source>Program run id: a value the controller picks at each power-up, %1-%2, never the value of the run before. A change tells the console the controller restarted (a retentive power-up counter serves).</source>
        <translation>ID de execução do programa: um valor que o controlador escolhe a cada energização, %1-%2, nunca o valor da execução anterior. Uma mudança indica ao console que o controlador reiniciou (serve um contador retentivo de energizações).</translation>
    </message>
    <message>
        <source>Controller clock: time since this power-up, counted by the controller (a simulator counts its simulated time); %1 at power-up, wraps to %2 after %3 (%4 years)</source>
        <translation>Relógio do controlador: tempo desde esta energização, contado pelo controlador (um simulador conta o tempo simulado); %1 na energização, volta a %2 depois de %3 (%4 anos)</translation>
    </message>
    <message>
        <source>Target of the move: slot %1-n (%2 the bay) for SHUTTLE_TO_SLOT, lock head %3-%4 for LOCK_HEAD; ignored by the other axes</source>
        <translation>Destino do movimento: posição %1-n (%2 = a baia) para o eixo carro até a posição (jog.axis = 3), cabeça de trava %3-%4 para LOCK_HEAD; ignorado pelos demais eixos</translation>
    </message>
    <message>
        <source>Why the requested move does not run now (NONE: it runs)</source>
        <translation>Por que o movimento solicitado não é executado agora (NONE: é executado)</translation>
    </message>
    <message>
        <source>How long the current hold has moved its axis</source>
        <translation>Tempo que o acionamento mantido atual já moveu o eixo</translation>
    </message>
    <message>
        <source>Full lift cycles: up above %1 mm, then back to the lower limit</source>
        <translation>Ciclos completos do elevador: subida acima de %1 mm e volta ao limite inferior</translation>
    </message>
    <message>
        <source>Lock and unlock operations of all lock heads: one per head for each lock or unlock it completed</source>
        <translation>Operações de travamento e destravamento de todas as cabeças de trava: uma por cabeça para cada travamento ou destravamento concluído</translation>
    </message>
    <message>
        <source>Distance the shuttle has travelled, whole metres</source>
        <translation>Distância percorrida pelo carro, em metros inteiros</translation>
    </message>
    <message>
        <source>%1 when a pack sits in the slot</source>
        <translation>%1 quando há uma bateria na posição</translation>
    </message>
    <message>
        <source>Pack code (GB/T %1, %2 characters)</source>
        <translation>Código da bateria (GB/T %1, %2 caracteres)</translation>
    </message>
    <message>
        <source>Pack type</source>
        <translation>Tipo de bateria</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Estado de carga</translation>
    </message>
    <message>
        <source>State of health</source>
        <translation>Estado de saúde</translation>
    </message>
    <message>
        <source>Pack voltage</source>
        <translation>Tensão da bateria</translation>
    </message>
    <message>
        <source>Pack current, positive when charging</source>
        <translation>Corrente da bateria, positiva na carga</translation>
    </message>
    <message>
        <source>Lowest cell voltage</source>
        <translation>Menor tensão de célula</translation>
    </message>
    <message>
        <source>Cell with the lowest voltage (%1-based)</source>
        <translation>Célula com a menor tensão (numeradas a partir de %1)</translation>
    </message>
    <message>
        <source>Highest cell voltage</source>
        <translation>Maior tensão de célula</translation>
    </message>
    <message>
        <source>Cell with the highest voltage (%1-based)</source>
        <translation>Célula com a maior tensão (numeradas a partir de %1)</translation>
    </message>
    <message>
        <source>Lowest pack temperature</source>
        <translation>Menor temperatura da bateria</translation>
    </message>
    <message>
        <source>Highest pack temperature</source>
        <translation>Maior temperatura da bateria</translation>
    </message>
    <message>
        <source>Insulation resistance (%1 = above range)</source>
        <translation>Resistência de isolação (%1 = acima da faixa)</translation>
    </message>
    <message>
        <source>Equivalent full cycles</source>
        <translation>Ciclos completos equivalentes</translation>
    </message>
    <message>
        <source>Slot charger state</source>
        <translation>Estado do carregador da posição</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>Potência do carregador</translation>
    </message>
    <message>
        <source>Highest GB/T %1 alarm level (%2-%3)</source>
        <translation>Maior nível de alarme GB/T %1 (%2-%3)</translation>
    </message>
    <message>
        <source>GB/T %1 alarm flags</source>
        <translation>Indicadores de alarme GB/T %1</translation>
    </message>
    <message>
        <source>Rated energy</source>
        <translation>Energia nominal</translation>
    </message>
    <message>
        <source>Slot state</source>
        <translation>Estado da posição</translation>
    </message>
    <message>
        <source>Estimated time to full charge (%1 unknown)</source>
        <translation>Tempo estimado até a carga completa (%1 = desconhecido)</translation>
    </message>
    <message>
        <source>Charger charge meter: charge the slot&apos;s charger has put into packs since power-up, read also with the slot empty; wraps to %1 after %2 (%3 %4 %5 Ah); %6 when the charger has no meter</source>
        <translation>Medidor de carga do carregador: carga que o carregador da posição entregou às baterias desde a energização, lido também com a posição vazia; volta a %1 depois de %2 (%3 %4 %5 Ah); %6 quando o carregador não tem medidor</translation>
    </message>
    <message>
        <source>Charger energy meter: energy the slot&apos;s charger has put into packs since power-up, read also with the slot empty; wraps to %1 after %2 (%3 %4 %5 kWh); %6 when the charger has no meter</source>
        <translation>Medidor de energia do carregador: energia que o carregador da posição entregou às baterias desde a energização, lido também com a posição vazia; volta a %1 depois de %2 (%3 %4 %5 kWh); %6 quando o carregador não tem medidor</translation>
    </message>
    <message>
        <source>Slot whose cells to show</source>
        <translation>Posição cujas células exibir</translation>
    </message>
    <message>
        <source>Slot whose cells are shown now (%1 none)</source>
        <translation>Posição cujas células são exibidas agora (%1 = nenhuma)</translation>
    </message>
    <message>
        <source>Cell voltages available</source>
        <translation>Tensões de célula disponíveis</translation>
    </message>
    <message>
        <source>Temperatures available</source>
        <translation>Temperaturas disponíveis</translation>
    </message>
    <message>
        <source>Cell %1 voltage</source>
        <translation>Tensão da célula %1</translation>
    </message>
    <message>
        <source>Temperature sensor %1</source>
        <translation>Sensor de temperatura %1</translation>
    </message>
    <message>
        <source>Reset faults</source>
        <translation>Rearmar falhas</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Retry positioning</source>
        <translation>Repetir posicionamento</translation>
    </message>
    <message>
        <source>Disable charger</source>
        <translation>Desativar carregador</translation>
    </message>
    <message>
        <source>Enable charger</source>
        <translation>Ativar carregador</translation>
    </message>
    <message>
        <source>Home axes</source>
        <translation>Referenciar eixos</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Iniciar de novo</translation>
    </message>
    <message>
        <source>ABORT</source>
        <translation>ABORTAR</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Modo de manutenção</translation>
    </message>
    <message>
        <source>Automatic mode</source>
        <translation>Modo automático</translation>
    </message>
    <message>
        <source>Unlock head</source>
        <translation>Destravar cabeça</translation>
    </message>
    <message>
        <source>Lock head</source>
        <translation>Travar cabeça</translation>
    </message>
    <message>
        <source>nothing to abort: no swap is running</source>
        <translation>nada a abortar: nenhuma troca em andamento</translation>
    </message>
    <message>
        <source>confirm first that the bay is clear and nobody is inside the light curtain</source>
        <translation>confirme primeiro que a baia está livre e que não há ninguém dentro da cortina de luz</translation>
    </message>
    <message>
        <source>%1: sent to the controller</source>
        <translation>%1: enviado ao controlador</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: feito</translation>
    </message>
    <message>
        <source>%1: the controller refused: %2. %3</source>
        <translation>%1: o controlador recusou: %2. %3</translation>
    </message>
    <message>
        <source>%1: the controller could not finish it: %2</source>
        <translation>%1: o controlador não conseguiu concluir: %2</translation>
    </message>
    <message>
        <source>%1: no answer from the controller; watch the station&apos;s state</source>
        <translation>%1: sem resposta do controlador; acompanhe o estado da estação</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: não enviado: %2</translation>
    </message>
    <message>
        <source>no vehicle in the bay to start again for</source>
        <translation>nenhum veículo na baia para iniciar de novo</translation>
    </message>
    <message>
        <source>the bay camera reads no plate: identify the vehicle with the plate entry or the list</source>
        <translation>a câmera da baia não lê nenhuma placa: identifique o veículo digitando a placa ou pela lista</translation>
    </message>
    <message>
        <source>%1: press and hold the button; it moves only while held</source>
        <translation>%1: mantenha o botão pressionado; só se move enquanto pressionado</translation>
    </message>
    <message>
        <source>%1: moving while held</source>
        <translation>%1: movendo enquanto pressionado</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <source>Recovery</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <source>Is the bay clear, and nobody inside the light curtain?</source>
        <translation>A baia está livre e não há ninguém dentro da cortina de luz?</translation>
    </message>
    <message>
        <source>Yes, the bay is clear</source>
        <translation>Sim, a baia está livre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Agora: %1</translation>
    </message>
    <message>
        <source>Safe: %1</source>
        <translation>Segurança: %1</translation>
    </message>
    <message>
        <source>%1 (slot %2)</source>
        <translation>%1 (posição %2)</translation>
    </message>
    <message>
        <source>%1 (head %2)</source>
        <translation>%1 (cabeça %2)</translation>
    </message>
    <message>
        <source>%1: is the bay clear, and nobody inside the light curtain?</source>
        <translation>%1: a baia está livre e não há ninguém dentro da cortina de luz?</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>not read</source>
        <translation>não lido</translation>
    </message>
    <message>
        <source>not in this controller&apos;s protocol</source>
        <translation>fora do protocolo deste controlador</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrador</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloco</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Bits set</source>
        <translation>Bits ativos</translation>
    </message>
</context>
<context>
    <name>RegisterMonitor</name>
    <message>
        <source>Identity</source>
        <translation>Identidade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Baia</translation>
    </message>
    <message>
        <source>Lift, shuttle</source>
        <translation>Elevador, carro</translation>
    </message>
    <message>
        <source>Lock heads</source>
        <translation>Cabeças de trava</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Jog</source>
        <translation>Movimento manual</translation>
    </message>
    <message>
        <source>Jog state</source>
        <translation>Estado do movimento manual</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenção</translation>
    </message>
    <message>
        <source>Rack slots</source>
        <translation>Posições do rack</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Células</translation>
    </message>
    <message>
        <source>%1 is not a register of this station&apos;s map.</source>
        <translation>%1 não é um registrador do mapa desta estação.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 é somente leitura.</translation>
    </message>
    <message>
        <source>%1 is written only by the console&apos;s own handshake (a command whole, a jog while its hold-to-run button is held), never from here.</source>
        <translation>%1 só é gravado pelo handshake do próprio console (um comando completo, um movimento manual enquanto o botão dele é mantido pressionado), nunca daqui.</translation>
    </message>
    <message>
        <source>%1 holds text: it is not written from here.</source>
        <translation>%1 contém texto: não é gravado daqui.</translation>
    </message>
    <message>
        <source>Not sent: %2 is not a number.</source>
        <translation>Não enviado: %2 não é um número.</translation>
    </message>
    <message>
        <source>Not sent: %1 counts in steps of %3; %2 is between two steps.</source>
        <translation>Não enviado: %1 varia em passos de %3; %2 fica entre dois passos.</translation>
    </message>
    <message>
        <source>Not sent: %2 is below the documented minimum of %1, %3.</source>
        <translation>Não enviado: %2 está abaixo do mínimo documentado de %1, %3.</translation>
    </message>
    <message>
        <source>Not sent: %2 is above the documented maximum of %1, %3.</source>
        <translation>Não enviado: %2 está acima do máximo documentado de %1, %3.</translation>
    </message>
    <message>
        <source>Not sent: %2 is not one of the values of %1 (%3).</source>
        <translation>Não enviado: %2 não é um dos valores de %1 (%3).</translation>
    </message>
    <message>
        <source>Not sent: %2 does not fit %1&apos;s register (%3).</source>
        <translation>Não enviado: %2 não cabe no registrador de %1 (%3).</translation>
    </message>
    <message>
        <source>Not sent: the controller is not in maintenance mode.</source>
        <translation>Não enviado: o controlador não está no modo de manutenção.</translation>
    </message>
    <message>
        <source>Not sent: the link to the controller is down.</source>
        <translation>Não enviado: o link com o controlador caiu.</translation>
    </message>
    <message>
        <source>illegal function</source>
        <translation>função ilegal</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>endereço de dados ilegal</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>valor de dados ilegal</translation>
    </message>
    <message>
        <source>device failure</source>
        <translation>falha do dispositivo</translation>
    </message>
    <message>
        <source>device busy</source>
        <translation>dispositivo ocupado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>answer cut short</source>
        <translation>resposta incompleta</translation>
    </message>
    <message>
        <source>CRC error</source>
        <translation>erro de CRC</translation>
    </message>
    <message>
        <source>answer from another unit</source>
        <translation>resposta de outra unidade</translation>
    </message>
    <message>
        <source>answer does not fit the request</source>
        <translation>resposta não corresponde à requisição</translation>
    </message>
    <message>
        <source>serial line gone</source>
        <translation>linha serial perdida</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>não disponível</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>nenhum ativo</translation>
    </message>
</context>
<context>
    <name>RegisterMonitorPage</name>
    <message>
        <source>Register monitor</source>
        <translation>Monitor de registradores</translation>
    </message>
    <message>
        <source>Register name or address</source>
        <translation>Nome ou endereço do registrador</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registradores</translation>
    </message>
    <message>
        <source>Frame log</source>
        <translation>Log de quadros</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>Todos os blocos</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Gravar…</translation>
    </message>
    <message>
        <source>Close keyboard</source>
        <translation>Fechar teclado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Conferir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Write it</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Limpar o log</translation>
    </message>
    <message>
        <source>%1 of %2 registers</source>
        <translation>%1 de %2 registradores</translation>
    </message>
    <message>
        <source>link %1: the values are the last ones read</source>
        <translation>link %1: os valores são os últimos lidos</translation>
    </message>
    <message>
        <source>Tap a register to see it in full.</source>
        <translation>Toque em um registrador para vê-lo por completo.</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unidade %1</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>escala %1</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>faixa %1</translation>
    </message>
    <message>
        <source>raw %1</source>
        <translation>bruto %1</translation>
    </message>
    <message>
        <source>read at %1</source>
        <translation>lido às %1</translation>
    </message>
    <message>
        <source>bit %1 %2: %3</source>
        <translation>bit %1 %2: %3</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>inativo</translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation>Valores: %1</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>autenticado como %1</translation>
    </message>
    <message>
        <source>the station is in %1 mode</source>
        <translation>a estação está no modo %1</translation>
    </message>
    <message>
        <source>the station&apos;s mode is not known</source>
        <translation>o modo da estação é desconhecido</translation>
    </message>
    <message>
        <source>Writing needs a supervisor in maintenance mode: %1.</source>
        <translation>Gravar exige um supervisor no modo de manutenção: %1.</translation>
    </message>
    <message>
        <source>Tap a register marked RW to write it.</source>
        <translation>Toque em um registrador marcado RW para gravá-lo.</translation>
    </message>
    <message>
        <source>%1 can be written: tap Write… to enter its new value.</source>
        <translation>%1 pode ser gravado: toque em Gravar… para digitar o novo valor.</translation>
    </message>
    <message>
        <source>New value for %1</source>
        <translation>Novo valor para %1</translation>
    </message>
    <message>
        <source>Type the new value, then Check.</source>
        <translation>Digite o novo valor e toque em Conferir.</translation>
    </message>
    <message>
        <source>%1 (raw %2)</source>
        <translation>%1 (bruto %2)</translation>
    </message>
    <message>
        <source>not read yet (it is read just before writing)</source>
        <translation>ainda não lido (é lido logo antes da gravação)</translation>
    </message>
    <message>
        <source>Write %1 at address %2?
Old value: %3
New value: %4 (raw %5)</source>
        <translation>Gravar %1 no endereço %2?
Valor antigo: %3
Valor novo: %4 (bruto %5)</translation>
    </message>
    <message>
        <source>Check the old and the new value, then Write it.</source>
        <translation>Confira o valor antigo e o novo e toque em Gravar.</translation>
    </message>
    <message>
        <source>Writing %1 = %2…</source>
        <translation>Gravando %1 = %2…</translation>
    </message>
    <message>
        <source>(Not recorded: the journal is not available.)</source>
        <translation>(Não registrado: o diário não está disponível.)</translation>
    </message>
    <message>
        <source>%1 written; reading it back failed.</source>
        <translation>%1 gravado; a releitura falhou.</translation>
    </message>
    <message>
        <source>%1 written, but the controller now reads %2.</source>
        <translation>%1 gravado, mas o controlador agora indica %2.</translation>
    </message>
    <message>
        <source>%1 written: it reads %2 now.</source>
        <translation>%1 gravado: agora indica %2.</translation>
    </message>
    <message>
        <source>The controller refused the write with exception %1: nothing was written.</source>
        <translation>O controlador recusou a gravação com a exceção %1: nada foi gravado.</translation>
    </message>
    <message>
        <source>No answer to the write of %1: it may or may not have been written. Check its value before writing again.</source>
        <translation>Sem resposta à gravação de %1: pode ter sido gravado ou não. Confira o valor antes de gravar de novo.</translation>
    </message>
    <message>
        <source>The answer to the write of %1 was damaged or the line went: it may or may not have been written. Check its value.</source>
        <translation>A resposta à gravação de %1 veio corrompida ou a linha caiu: pode ter sido gravado ou não. Confira o valor.</translation>
    </message>
    <message>
        <source>Frame log: ON (tap to stop)</source>
        <translation>Log de quadros: LIGADO (toque para parar)</translation>
    </message>
    <message>
        <source>Frame log: OFF (tap to start)</source>
        <translation>Log de quadros: DESLIGADO (toque para iniciar)</translation>
    </message>
    <message>
        <source>%1 frames shown; the last %2 are kept.</source>
        <translation>%1 quadros exibidos; os últimos %2 são guardados.</translation>
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
        <translation>%1 kWh carregados</translation>
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
        <translation>carregando agora</translation>
    </message>
    <message>
        <source>good: measured %1 Ah (%2)</source>
        <translation>boa: %1 Ah medidos (%2)</translation>
    </message>
    <message>
        <source>charger meter</source>
        <translation>medidor do carregador</translation>
    </message>
    <message>
        <source>current integrated</source>
        <translation>corrente integrada</translation>
    </message>
    <message>
        <source>no reason kept</source>
        <translation>nenhum motivo guardado</translation>
    </message>
    <message>
        <source>not used for capacity: %1</source>
        <translation>não usada para a capacidade: %1</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>encerrada: %1</translation>
    </message>
    <message>
        <source>%1 Ah in</source>
        <translation>%1 Ah carregados</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Station name</source>
        <translation>Nome da estação</translation>
    </message>
    <message>
        <source>Station id</source>
        <translation>Id da estação</translation>
    </message>
    <message>
        <source>Controller link URL</source>
        <translation>URL do link com o controlador</translation>
    </message>
    <message>
        <source>Poll every, ms</source>
        <translation>Leitura a cada, ms</translation>
    </message>
    <message>
        <source>A pack is ready at SoC, %</source>
        <translation>SoC de bateria pronta, %</translation>
    </message>
    <message>
        <source>Lowest SoH a swap takes, %</source>
        <translation>SoH mínimo aceito na troca, %</translation>
    </message>
    <message>
        <source>Hottest pack a swap takes, °C</source>
        <translation>Temp. máx. da bateria na troca, °C</translation>
    </message>
    <message>
        <source>Lowest insulation a swap takes, kΩ</source>
        <translation>Isolação mínima aceita na troca, kΩ</translation>
    </message>
    <message>
        <source>Operators sign in by name</source>
        <translation>Operadores entram pelo nome</translation>
    </message>
    <message>
        <source>Signed out after idle, min</source>
        <translation>Saída automática após inatividade, min</translation>
    </message>
    <message>
        <source>Lift service every, cycles</source>
        <translation>Manutenção do elevador a cada, ciclos</translation>
    </message>
    <message>
        <source>Lock service every, cycles</source>
        <translation>Manutenção das travas a cada, ciclos</translation>
    </message>
    <message>
        <source>Shuttle service every, km</source>
        <translation>Manutenção do carro a cada, km</translation>
    </message>
    <message>
        <source>Longest shelving, min</source>
        <translation>Suspensão máxima, min</translation>
    </message>
    <message>
        <source>Fleet broker</source>
        <translation>Broker da frota</translation>
    </message>
    <message>
        <source>Language at start</source>
        <translation>Idioma ao iniciar</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Alternar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(não definido)</translation>
    </message>
    <message>
        <source>Settings can be changed by a signed-in supervisor.</source>
        <translation>As configurações podem ser alteradas por um supervisor autenticado.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dia</translation>
    </message>
    <message>
        <source>night</source>
        <translation>noite</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Tap your name, then type your PIN (or show your badge)</source>
        <translation>Toque no seu nome e digite o seu PIN (ou mostre o seu crachá)</translation>
    </message>
    <message>
        <source>PIN of %1</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <source>Sign-in is open again: tap your name, enter the PIN.</source>
        <translation>A entrada está liberada de novo: toque no seu nome e digite o PIN.</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>Toque primeiro no seu nome.</translation>
    </message>
    <message>
        <source>A PIN has at most 8 digits.</source>
        <translation>Um PIN tem no máximo 8 dígitos.</translation>
    </message>
</context>
<context>
    <name>SlotTile</name>
    <message>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazia</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservada</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>quarentena</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>FALHA</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>não pronta</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>carregando</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválida</translation>
    </message>
    <message>
        <source>time to ready unknown</source>
        <translation>previsão desconhecida</translation>
    </message>
    <message>
        <source>ready in about %1 min</source>
        <translation>pronta em cerca de %1 min</translation>
    </message>
    <message>
        <source>for the running swap</source>
        <translation>para a troca em andamento</translation>
    </message>
    <message>
        <source>held by the controller, no swap running</source>
        <translation>retida pelo controlador, nenhuma troca em andamento</translation>
    </message>
    <message>
        <source>kept out of swaps</source>
        <translation>fora das trocas</translation>
    </message>
    <message>
        <source>charger fault</source>
        <translation>falha do carregador</translation>
    </message>
    <message>
        <source>slot fault</source>
        <translation>falha da posição</translation>
    </message>
    <message>
        <source>charger switched off</source>
        <translation>carregador desligado</translation>
    </message>
    <message>
        <source>BMS alarm level %1</source>
        <translation>alarme do BMS, nível %1</translation>
    </message>
    <message>
        <source>insulation low</source>
        <translation>isolação baixa</translation>
    </message>
    <message>
        <source>readings invalid</source>
        <translation>leituras inválidas</translation>
    </message>
    <message>
        <source>too hot</source>
        <translation>quente demais</translation>
    </message>
    <message>
        <source>too cold</source>
        <translation>fria demais</translation>
    </message>
    <message>
        <source>poor health (SoH)</source>
        <translation>saúde ruim (SoH)</translation>
    </message>
    <message>
        <source>SoC low, not charging</source>
        <translation>SoC baixo, não carregando</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Posição %1</translation>
    </message>
    <message>
        <source>SoC invalid</source>
        <translation>SoC inválido</translation>
    </message>
    <message>
        <source>STALE, %1</source>
        <translation>DESATUALIZADO, %1</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenção</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Idle: bay empty</source>
        <translation>Ociosa: baia vazia</translation>
    </message>
    <message>
        <source>Vehicle positioning</source>
        <translation>Posicionando veículo</translation>
    </message>
    <message>
        <source>Ready to swap</source>
        <translation>Pronta para a troca</translation>
    </message>
    <message>
        <source>Swapping</source>
        <translation>Trocando</translation>
    </message>
    <message>
        <source>Swap complete: vehicle leaving</source>
        <translation>Troca concluída: veículo saindo</translation>
    </message>
    <message>
        <source>Motion held: resume when the bay is clear</source>
        <translation>Movimento retido: retome quando a baia estiver livre</translation>
    </message>
    <message>
        <source>Motion held</source>
        <translation>Movimento retido</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>EMERGENCY STOP</source>
        <translation>PARADA DE EMERGÊNCIA</translation>
    </message>
    <message>
        <source>No step running</source>
        <translation>Nenhuma etapa em curso</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>Posicionamento</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparação</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Destravar</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Retirar bateria</translation>
    </message>
    <message>
        <source>Transfer to rack</source>
        <translation>Levar ao rack</translation>
    </message>
    <message>
        <source>Fetch charged pack</source>
        <translation>Buscar bateria carregada</translation>
    </message>
    <message>
        <source>Install pack</source>
        <translation>Instalar bateria</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Travar</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Release vehicle</source>
        <translation>Liberar veículo</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vazia</translation>
    </message>
    <message>
        <source>Not charging</source>
        <translation>Não carregando</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Carregando</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Cheia</translation>
    </message>
    <message>
        <source>In swap</source>
        <translation>Em troca</translation>
    </message>
    <message>
        <source>Charger fault</source>
        <translation>Falha do carregador</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Charging (constant current)</source>
        <translation>Carregando (corrente constante)</translation>
    </message>
    <message>
        <source>Charging (constant voltage)</source>
        <translation>Carregando (tensão constante)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>FALHA</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
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
        <translation>Sem veículo</translation>
    </message>
    <message>
        <source>Driving in</source>
        <translation>Entrando</translation>
    </message>
    <message>
        <source>In position</source>
        <translation>Posicionado</translation>
    </message>
    <message>
        <source>Out of tolerance</source>
        <translation>Fora da tolerância</translation>
    </message>
    <message>
        <source>Positioning failed</source>
        <translation>Posicionamento falhou</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>código %1</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>PERDIDO</translation>
    </message>
</context>
<context>
    <name>StationBar</name>
    <message>
        <source>E-STOP</source>
        <translation>EMERGÊNCIA</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Ainda sem dados</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Modo: %1</translation>
    </message>
    <message>
        <source>LAST KNOWN, %1</source>
        <translation>ÚLTIMO ESTADO, %1</translation>
    </message>
    <message>
        <source>Faults: %1</source>
        <translation>Falhas: %1</translation>
    </message>
    <message>
        <source>No fault</source>
        <translation>Nenhuma falha</translation>
    </message>
    <message>
        <source>E-STOP LATCHED</source>
        <translation>EMERGÊNCIA ACIONADA</translation>
    </message>
    <message>
        <source>E-STOP: key turned, confirm the reset</source>
        <translation>EMERGÊNCIA: chave girada, confirme o rearme</translation>
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
        <translation>Link: conectando</translation>
    </message>
    <message>
        <source>Journal: starting</source>
        <translation>Diário: iniciando</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sinc.: não configurada</translation>
    </message>
    <message>
        <source>Station details</source>
        <translation>Detalhes da estação</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenção</translation>
    </message>
    <message>
        <source>Close console</source>
        <translation>Fechar console</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 · sign in</source>
        <translation>%1 · entrar</translation>
    </message>
    <message>
        <source>%1 · sign out</source>
        <translation>%1 · sair</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Night theme</source>
        <translation>Tema noturno</translation>
    </message>
    <message>
        <source>Day theme</source>
        <translation>Tema diurno</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Journal: recording</source>
        <translation>Diário: gravando</translation>
    </message>
    <message>
        <source>Journal: DISK FULL, writing into its reserve</source>
        <translation>Diário: DISCO CHEIO, gravando na reserva</translation>
    </message>
    <message numerus="yes">
        <source>Journal: DISK FULL, %n record(s) not yet written</source>
        <translation>
            <numerusform>Diário: DISCO CHEIO, %n registro ainda não gravado</numerusform>
            <numerusform>Diário: DISCO CHEIO, %n registros ainda não gravados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n in the spill file)</source>
        <translation>
            <numerusform>(%n no arquivo de transbordo)</numerusform>
            <numerusform>(%n no arquivo de transbordo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal: NOT RECORDING</source>
        <translation>Diário: NÃO GRAVANDO</translation>
    </message>
</context>
<context>
    <name>SwapPanel</name>
    <message>
        <source>Plate, or scan the vehicle&apos;s code</source>
        <translation>Placa ou leia o código do veículo</translation>
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
        <source>No vehicle identified</source>
        <translation>Nenhum veículo identificado</translation>
    </message>
    <message>
        <source>Start swap</source>
        <translation>Iniciar troca</translation>
    </message>
    <message>
        <source>Confirm start</source>
        <translation>Confirmar início</translation>
    </message>
    <message>
        <source>ABORT</source>
        <translation>ABORTAR</translation>
    </message>
    <message>
        <source>Tap Confirm start within 15 s to start the swap.</source>
        <translation>Toque em Confirmar início em até 15 s para iniciar a troca.</translation>
    </message>
    <message>
        <source>Tap Start swap first.</source>
        <translation>Toque primeiro em Iniciar troca.</translation>
    </message>
    <message>
        <source>The confirmation lapsed: tap Start swap again.</source>
        <translation>A confirmação expirou: toque de novo em Iniciar troca.</translation>
    </message>
    <message>
        <source>The confirmation lapsed: the plan changed or time ran out.</source>
        <translation>A confirmação expirou: o plano mudou ou o tempo acabou.</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4 block(s) of %5</source>
        <translation>%1, %2, %3: %4 bloco(s) de %5</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>faltam cerca de %1 min %2 s</translation>
    </message>
    <message>
        <source>Bay: no data yet.</source>
        <translation>Baia: ainda sem dados.</translation>
    </message>
    <message>
        <source>Receipt and QR code</source>
        <translation>Comprovante e código QR</translation>
    </message>
    <message>
        <source>This station asks operators to sign in by name: tap Sign in (bottom right), then start again.</source>
        <translation>Nesta estação os operadores entram pelo nome: toque em Entrar (canto inferior direito) e inicie de novo.</translation>
    </message>
    <message>
        <source>Steps as last known (%1): the link is down.</source>
        <translation>Etapas pelo último estado conhecido (%1): o link caiu.</translation>
    </message>
    <message>
        <source>The bay is empty.</source>
        <translation>A baia está vazia.</translation>
    </message>
    <message>
        <source>In the bay: %1.</source>
        <translation>Na baia: %1.</translation>
    </message>
    <message>
        <source>In the bay: a vehicle, plate not read.</source>
        <translation>Na baia: um veículo, placa não lida.</translation>
    </message>
    <message>
        <source>Receipt of %1 (QR code)</source>
        <translation>Comprovante de %1 (código QR)</translation>
    </message>
    <message>
        <source>%1 was swapped at %2 today: check before swapping again</source>
        <translation>%1 já trocou a bateria hoje às %2: confira antes de trocar de novo</translation>
    </message>
    <message>
        <source>No vehicle identified. %1</source>
        <translation>Nenhum veículo identificado. %1</translation>
    </message>
    <message>
        <source>Swap completed.</source>
        <translation>Troca concluída.</translation>
    </message>
    <message>
        <source>The swap stopped: %1. Follow the recovery steps below.</source>
        <translation>A troca parou: %1. Siga os passos de recuperação abaixo.</translation>
    </message>
    <message>
        <source>No answer to the start yet: watching the station to learn whether the swap started. ABORT stops it if it did.</source>
        <translation>Ainda sem resposta ao início: observando a estação para saber se a troca começou. Se começou, ABORTAR a interrompe.</translation>
    </message>
    <message>
        <source>Recording the start…</source>
        <translation>Registrando o início…</translation>
    </message>
    <message>
        <source>Start sent: waiting for the controller.</source>
        <translation>Início enviado: aguardando o controlador.</translation>
    </message>
    <message>
        <source>started here</source>
        <translation>iniciada aqui</translation>
    </message>
    <message>
        <source>started at the bay&apos;s local button</source>
        <translation>iniciada no botão local da baia</translation>
    </message>
    <message>
        <source>started from another terminal</source>
        <translation>iniciada em outro terminal</translation>
    </message>
    <message>
        <source>Swap running, %1. ABORT stops it safely at any time.</source>
        <translation>Troca em andamento, %1. ABORTAR a interrompe com segurança a qualquer momento.</translation>
    </message>
    <message>
        <source>%1: the swap (%2) does not move. ABORT ends it safely.</source>
        <translation>%1: a troca (%2) não se move. ABORTAR a encerra com segurança.</translation>
    </message>
    <message>
        <source>Abort requested: the controller brings the step to a safe stop.</source>
        <translation>Aborto solicitado: o controlador leva a etapa a uma parada segura.</translation>
    </message>
    <message>
        <source>The abort was NOT confirmed by the controller (the link is down, no answer, or refused). Tap ABORT again, or use the E-stop if the machine must stop now.</source>
        <translation>O controlador NÃO confirmou o aborto (link caído, sem resposta ou recusa). Toque em ABORTAR de novo ou use a emergência se a máquina precisar parar agora.</translation>
    </message>
    <message>
        <source>The controller did not start the swap: %1. What to do: %2.</source>
        <translation>O controlador não iniciou a troca: %1. O que fazer: %2.</translation>
    </message>
    <message>
        <source>slot %1 (…%2, %3 %, SoH %4 %)</source>
        <translation>posição %1 (…%2, %3 %, SoH %4 %)</translation>
    </message>
    <message>
        <source>out: none from block 1 (it carries no pack)</source>
        <translation>saída: nenhuma do bloco 1 (ele está sem bateria)</translation>
    </message>
    <message>
        <source>out: to slot %1</source>
        <translation>saída: para a posição %1</translation>
    </message>
    <message>
        <source>out: block 1 to slot %1, the others to free slots the controller picks</source>
        <translation>saída: bloco 1 para a posição %1, os outros para posições livres escolhidas pelo controlador</translation>
    </message>
    <message>
        <source>In: %1; %2</source>
        <translation>Entrada: %1; %2</translation>
    </message>
    <message>
        <source>%1, block %2</source>
        <translation>%1, bloco %2</translation>
    </message>
    <message>
        <source>○ %1: about %2 s</source>
        <translation>○ %1: cerca de %2 s</translation>
    </message>
    <message>
        <source>%1 %2: %3 s of %4 s</source>
        <translation>%1 %2: %3 s de %4 s</translation>
    </message>
    <message>
        <source>SLOW: %1</source>
        <translation>LENTA: %1</translation>
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
        <translation>%1, bloco %2</translation>
    </message>
    <message>
        <source>%1 (last known, %2)</source>
        <translation>%1 (último estado, %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>halted step: what holds it, then the step</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Starting the swap…</source>
        <translation>Iniciando a troca…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>left</source>
        <translation>restantes</translation>
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
        <translation>%1 na fila</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Sinc.: não configurada</translation>
    </message>
    <message>
        <source>Sync: REFUSED, %1</source>
        <translation>Sinc.: RECUSADA, %1</translation>
    </message>
    <message>
        <source>Sync: stopped, %1</source>
        <translation>Sinc.: parada, %1</translation>
    </message>
    <message>
        <source>Sync: up to date, last %1</source>
        <translation>Sinc.: em dia, última %1</translation>
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
        <translation>Sinc.: desconectada, nada à espera</translation>
    </message>
    <message>
        <source>Sync: offline, %1, oldest %2</source>
        <translation>Sinc.: desconectada, %1, mais antigo %2</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>não configurada</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>online</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>desconectada</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>RECUSADA</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>%1 records, the oldest written %2 ago</source>
        <translation>%1 registros, o mais antigo gravado há %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>not set up ([sync] broker in console.toml)</source>
        <translation>não configurada (broker em [sync] no console.toml)</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Station id</source>
        <translation>Id da estação</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>À espera</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Último sucesso</translation>
    </message>
    <message>
        <source>Waiting size</source>
        <translation>Tamanho à espera</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 registros/s</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retidos</translation>
    </message>
    <message>
        <source>%1 records the broker refused or cannot take</source>
        <translation>%1 registros que o broker recusou ou não aceita</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>not set up: set [sync] broker in console.toml to send the journal to the fleet</source>
        <translation>não configurada: defina broker em [sync] no console.toml para enviar o diário à frota</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Lock head jams</source>
        <translation>Cabeça de trava emperra</translation>
    </message>
    <message>
        <source>Lift overload</source>
        <translation>Sobrecarga do elevador</translation>
    </message>
    <message>
        <source>Shuttle misaligned</source>
        <translation>Carro desalinhado</translation>
    </message>
    <message>
        <source>Vehicle cannot position</source>
        <translation>Veículo não consegue se posicionar</translation>
    </message>
    <message>
        <source>HV interlock open</source>
        <translation>Intertravamento de AT aberto</translation>
    </message>
    <message>
        <source>BMS handshake fails</source>
        <translation>Falha na comunicação com o BMS</translation>
    </message>
    <message>
        <source>Pack code differs from plan</source>
        <translation>Código da bateria difere do plano</translation>
    </message>
    <message>
        <source>Vehicle keeps its HV on</source>
        <translation>Veículo mantém a AT ligada</translation>
    </message>
    <message>
        <source>Parking brake not confirmed</source>
        <translation>Freio de estacionamento não confirmado</translation>
    </message>
    <message>
        <source>Bay door opened</source>
        <translation>Porta da baia aberta</translation>
    </message>
    <message>
        <source>Load cell reads a wrong mass</source>
        <translation>Célula de carga mede massa errada</translation>
    </message>
    <message>
        <source>Lock head torque low</source>
        <translation>Torque baixo na cabeça de trava</translation>
    </message>
    <message>
        <source>Charger fault in the chosen slot</source>
        <translation>Falha do carregador na posição escolhida</translation>
    </message>
    <message>
        <source>Pack alarm in the chosen slot</source>
        <translation>Alarme de bateria na posição escolhida</translation>
    </message>
    <message>
        <source>Insulation low in the chosen slot</source>
        <translation>Isolação baixa na posição escolhida</translation>
    </message>
    <message>
        <source>BMS overstates health in the chosen slot</source>
        <translation>BMS superestima a saúde na posição escolhida</translation>
    </message>
    <message>
        <source>E-stop pressed</source>
        <translation>Emergência acionada</translation>
    </message>
    <message>
        <source>Light curtain interrupted</source>
        <translation>Cortina de luz interrompida</translation>
    </message>
    <message>
        <source>Controller stops answering</source>
        <translation>Controlador para de responder</translation>
    </message>
    <message>
        <source>Serial cable pulled</source>
        <translation>Cabo serial desconectado</translation>
    </message>
    <message>
        <source>Damaged answers</source>
        <translation>Respostas corrompidas</translation>
    </message>
    <message>
        <source>Slow answers</source>
        <translation>Respostas lentas</translation>
    </message>
    <message>
        <source>Answers lost</source>
        <translation>Respostas perdidas</translation>
    </message>
    <message>
        <source>Noise on the line</source>
        <translation>Ruído na linha</translation>
    </message>
    <message>
        <source>Controller heartbeat stops</source>
        <translation>Heartbeat do controlador para</translation>
    </message>
    <message>
        <source>Controller restarts</source>
        <translation>Controlador reinicia</translation>
    </message>
    <message>
        <source>The vehicle left the bay.</source>
        <translation>O veículo saiu da baia.</translation>
    </message>
    <message>
        <source>Injected faults cleared.</source>
        <translation>Falhas injetadas removidas.</translation>
    </message>
    <message>
        <source>E-stop circuit reset at the cabinet: confirm with a reset at the console.</source>
        <translation>Circuito de emergência rearmado no painel: confirme com um rearme no console.</translation>
    </message>
    <message>
        <source>The bay is empty.</source>
        <translation>A baia está vazia.</translation>
    </message>
    <message>
        <source>The bay&apos;s start button was pressed: the controller starts a swap.</source>
        <translation>O botão de início da baia foi pressionado: o controlador inicia uma troca.</translation>
    </message>
    <message>
        <source>A swap is running: the vehicle is locked in the bay.</source>
        <translation>Há uma troca em andamento: o veículo está travado na baia.</translation>
    </message>
    <message>
        <source>A vehicle is already in the bay: tap Vehicle leaves first.</source>
        <translation>Já há um veículo na baia: toque primeiro em Veículo sai.</translation>
    </message>
    <message>
        <source>SIMULATION: training controls</source>
        <translation>SIMULAÇÃO: controles de treinamento</translation>
    </message>
    <message>
        <source>These controls act on the simulated station only. A vehicle sent in drives into the bay as a real one would.</source>
        <translation>Estes controles agem só na estação simulada. Um veículo enviado entra na baia como um real entraria.</translation>
    </message>
    <message>
        <source>Send a vehicle into the bay</source>
        <translation>Enviar um veículo para a baia</translation>
    </message>
    <message>
        <source>Random vehicle</source>
        <translation>Veículo aleatório</translation>
    </message>
    <message>
        <source>Vehicle that parks badly</source>
        <translation>Veículo que estaciona mal</translation>
    </message>
    <message>
        <source>Vehicle leaves</source>
        <translation>Veículo sai</translation>
    </message>
    <message>
        <source>Attendant presses the bay&apos;s start button</source>
        <translation>Atendente pressiona o botão de início da baia</translation>
    </message>
    <message>
        <source>Inject a fault (slot faults act on the chosen slot)</source>
        <translation>Injetar uma falha (falhas de posição agem na posição escolhida)</translation>
    </message>
    <message>
        <source>Clear injected faults</source>
        <translation>Limpar falhas injetadas</translation>
    </message>
    <message>
        <source>E-stop reset key at the cabinet</source>
        <translation>Chave de rearme da emergência no painel</translation>
    </message>
    <message>
        <source>Tap a control: what the simulator did shows here.</source>
        <translation>Toque em um controle: o que o simulador fez aparece aqui.</translation>
    </message>
    <message>
        <source>%1 (slot %2)</source>
        <translation>%1 (posição %2)</translation>
    </message>
    <message>
        <source>%1 drives into the bay.</source>
        <translation>%1 entra na baia.</translation>
    </message>
    <message>
        <source>Slot %1 holds no pack: choose another slot.</source>
        <translation>A posição %1 não tem bateria: escolha outra posição.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Feito: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Não feito: %1</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Novo usuário</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Novo PIN</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Mudar perfil</translation>
    </message>
    <message>
        <source>Read a badge</source>
        <translation>Ler crachá</translation>
    </message>
    <message>
        <source>Take the badge away</source>
        <translation>Remover crachá</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>Novo PIN para %1</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 tem um novo PIN.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Usuário %1 adicionado.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 agora é %2.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>Usuário %1 ativado.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>Usuário %1 desativado.</translation>
    </message>
    <message>
        <source>Show %1&apos;s badge to the reader now.</source>
        <translation>Aproxime agora o crachá de %1 do leitor.</translation>
    </message>
    <message>
        <source>%1 has no badge now.</source>
        <translation>%1 agora está sem crachá.</translation>
    </message>
    <message>
        <source>%1&apos;s badge is read.</source>
        <translation>Crachá de %1 lido.</translation>
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
        <translation>A placa do veículo:</translation>
    </message>
    <message>
        <source>%1: its fleet (the keyboard, or one plugged in):</source>
        <translation>%1: a frota (pelo teclado da tela ou por um conectado):</translation>
    </message>
    <message>
        <source>%1: its model (may stay empty), then OK:</source>
        <translation>%1: o modelo (pode ficar vazio) e depois OK:</translation>
    </message>
    <message>
        <source>%1: its pack type:</source>
        <translation>%1: o tipo de bateria:</translation>
    </message>
    <message>
        <source>%1: how many pack blocks it carries:</source>
        <translation>%1: quantos blocos de bateria ele leva:</translation>
    </message>
    <message>
        <source>%1: its fleet is needed: type it, then OK.</source>
        <translation>%1: a frota é necessária: digite-a e toque em OK.</translation>
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
        <translation>Frota</translation>
    </message>
    <message>
        <source>Pack type</source>
        <translation>Tipo de bateria</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>DISABLED</source>
        <translation>DESATIVADO</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>ativado</translation>
    </message>
</context>
<context>
    <name>VehiclesPage</name>
    <message>
        <source>Vehicles</source>
        <translation>Veículos</translation>
    </message>
    <message>
        <source>Only a signed-in technician or supervisor changes the vehicle registry: sign in to add, edit, disable or import.</source>
        <translation>Só um técnico ou supervisor autenticado altera o cadastro de veículos: entre para adicionar, editar, desativar ou importar.</translation>
    </message>
    <message>
        <source>Find a plate</source>
        <translation>Buscar placa</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <translation>Novo veículo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Importar de CSV</translation>
    </message>
    <message>
        <source>Plates holding:</source>
        <translation>Placas contendo:</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Ver todos</translation>
    </message>
    <message>
        <source>Tap the CSV file: a USB stick, or the data directory. Its first line names the columns plate, fleet, model, pack_type, blocks (tags if any).</source>
        <translation>Toque no arquivo CSV: num pendrive ou na pasta de dados. A primeira linha nomeia as colunas plate, fleet, model, pack_type, blocks (tags, se houver).</translation>
    </message>
    <message>
        <source>Import this file</source>
        <translation>Importar este arquivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Find: %1</source>
        <translation>Buscar: %1</translation>
    </message>
    <message>
        <source>Editing %1: the plate stays (a new plate is a new vehicle: add it).</source>
        <translation>Editando %1: a placa não muda (uma placa nova é um veículo novo: adicione-o).</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Tap the file to import.</source>
        <translation>Toque no arquivo a importar.</translation>
    </message>
    <message>
        <source>No CSV file found: plug in the USB stick with the vehicle list (or put the file in the data directory) and tap Import from CSV again.</source>
        <translation>Nenhum arquivo CSV encontrado: conecte o pendrive com a lista de veículos (ou ponha o arquivo na pasta de dados) e toque de novo em Importar de CSV.</translation>
    </message>
    <message>
        <source>Import %1? Every line is checked first: one wrong line and nothing changes.</source>
        <translation>Importar %1? Todas as linhas são verificadas antes: com uma linha errada, nada muda.</translation>
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
        <translation>Espaço</translation>
    </message>
</context>
<context>
    <name>_Pad</name>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
