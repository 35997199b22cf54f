<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnswerReviewPage</name>
    <message>
        <location filename="../../ui/answer_review.py" line="194"/>
        <source>Double-check any item: its key, every reason and the links</source>
        <translation>Revisa cualquier pregunta: la respuesta correcta, cada explicación y los enlaces</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="213"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="214"/>
        <source>Domain:</source>
        <translation>Dominio:</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="215"/>
        <source>Task:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="216"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="217"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="218"/>
        <source>Task statement</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="219"/>
        <source>Items of the attempt</source>
        <translation>Preguntas del intento</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="220"/>
        <source>Report this question…</source>
        <translation>Informar de un error en esta pregunta…</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="221"/>
        <source>Report this question</source>
        <translation>Informar de un error en esta pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="222"/>
        <source>PDF report…</source>
        <translation>Informe PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="223"/>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="224"/>
        <location filename="../../ui/answer_review.py" line="225"/>
        <source>Retake the ones I missed</source>
        <translation>Repetir las que fallé</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="226"/>
        <location filename="../../ui/answer_review.py" line="227"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="232"/>
        <source>All items</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="232"/>
        <source>Incorrect</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="232"/>
        <source>Flagged</source>
        <translation>Marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="232"/>
        <source>Unanswered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="235"/>
        <source>All domains</source>
        <translation>Todos los dominios</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="237"/>
        <source>Domain %1</source>
        <translation>Dominio %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="238"/>
        <source>All task statements</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="261"/>
        <source>Full exam</source>
        <translation>Examen completo</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="261"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="263"/>
        <source>Answer review · attempt %1 (%2): %3 of %4 right</source>
        <translation>Revisión de respuestas · intento %1 (%2): %3 de %4 correctas</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="282"/>
        <source>%1 of %2 items</source>
        <translation>%1 de %2 preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="297"/>
        <source>Item %1 · Task %2 · %3</source>
        <translation>Pregunta %1 · Tarea %2 · %3</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <source>Simulacro is already open with this database (%1). Use that window, or close it first.</source>
        <translation>Simulacro ya está abierto con esta base de datos (%1). Usa esa ventana o ciérrala primero.</translation>
    </message>
</context>
<context>
    <name>AttemptsModel</name>
    <message>
        <location filename="../../ui/models.py" line="142"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="143"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="144"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="145"/>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="146"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="162"/>
        <source>Full exam</source>
        <translation>Examen completo</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="164"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="166"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="169"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="171"/>
        <source>discarded</source>
        <translation>descartado</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="178"/>
        <source>pass</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="180"/>
        <source>fail</source>
        <translation>no aprobado</translation>
    </message>
</context>
<context>
    <name>CandidateNameDialog</name>
    <message>
        <location filename="../../ui/save_dialogs.py" line="32"/>
        <source>Name on the report</source>
        <translation>Nombre en el informe</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="35"/>
        <source>Candidate name</source>
        <translation>Nombre del candidato</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="37"/>
        <source>The name printed on the PDF report. Leave it empty to print none.</source>
        <translation>El nombre que se imprime en el informe PDF. Déjalo vacío para no imprimir ninguno.</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="39"/>
        <source>Candidate name:</source>
        <translation>Nombre del candidato:</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="41"/>
        <location filename="../../ui/save_dialogs.py" line="42"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../ui/save_dialogs.py" line="43"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ChoiceView</name>
    <message>
        <location filename="../../ui/item_views.py" line="145"/>
        <source>Option %1: %2</source>
        <translation>Opción %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="148"/>
        <source>Choose this option (key %1 or %2)</source>
        <translation>Elegir esta opción (tecla %1 o %2)</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="152"/>
        <source>Restore option</source>
        <translation>Quitar el tachado</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="152"/>
        <source>Strike out option</source>
        <translation>Tachar opción</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="166"/>
        <source>correct</source>
        <translation>correcta</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="169"/>
        <source>your choice</source>
        <translation>tu respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="189"/>
        <source>You have already chosen %1 options. Clear one to choose another.</source>
        <translation>Ya elegiste %1 opciones. Desmarca una para elegir otra.</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <location filename="../../ui/error_text.py" line="9"/>
        <source>There is no item {number} in this exam of {count}.</source>
        <translation>No hay pregunta {number} en este examen de {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="10"/>
        <source>This exam has been submitted; its answers can no longer change.</source>
        <translation>Este examen ya se entregó; sus respuestas ya no pueden cambiar.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="11"/>
        <source>A full-length exam cannot be paused, as in the real test.</source>
        <translation>Un examen completo no se puede pausar, igual que en el examen real.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="12"/>
        <source>Time is up: the exam is being submitted with the answers given.</source>
        <translation>Se acabó el tiempo: el examen se está entregando con las respuestas dadas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="13"/>
        <source>The exam is paused; resume it to answer.</source>
        <translation>El examen está en pausa; reanúdalo para responder.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="14"/>
        <source>This item was already checked; its answer is final.</source>
        <translation>Esta pregunta ya se comprobó; su respuesta es definitiva.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="15"/>
        <source>Instant feedback is off for this exam.</source>
        <translation>La corrección inmediata está desactivada en este examen.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="16"/>
        <source>Answer the item before checking it.</source>
        <translation>Responde la pregunta antes de comprobarla.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="17"/>
        <source>Only the options of a choice item can be struck out.</source>
        <translation>Solo se pueden tachar las opciones de una pregunta de elección.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="18"/>
        <source>The exam has not been submitted yet.</source>
        <translation>El examen aún no se ha entregado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="19"/>
        <source>An answer must be a list.</source>
        <translation>Una respuesta debe ser una lista.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="20"/>
        <source>Options are numbered 0 to {last}.</source>
        <translation>Las opciones van numeradas de 0 a {last}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="21"/>
        <source>An option was chosen twice.</source>
        <translation>Se eligió una opción dos veces.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="22"/>
        <source>This item takes one option.</source>
        <translation>Esta pregunta admite una sola opción.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="23"/>
        <source>This item takes {count} options.</source>
        <translation>Esta pregunta admite {count} opciones.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="24"/>
        <source>An order must use every step exactly once.</source>
        <translation>Un orden debe usar cada paso exactamente una vez.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="25"/>
        <source>A matching answer names one known response (or none) per prompt.</source>
        <translation>Una respuesta de emparejamiento indica una respuesta conocida (o ninguna) por enunciado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="28"/>
        <source>Unknown task statement(s): {tasks}.</source>
        <translation>Enunciados de tarea desconocidos: {tasks}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="29"/>
        <source>Choose at least one domain or task statement.</source>
        <translation>Elige al menos un dominio o enunciado de tarea.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="30"/>
        <source>A practice set has 1 to {maximum} items.</source>
        <translation>Una práctica tiene de 1 a {maximum} preguntas.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="31"/>
        <source>Cannot write {what}: the file name {name} holds control characters.</source>
        <translation>No se puede escribir {what}: el nombre de archivo {name} contiene caracteres de control.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="34"/>
        <source>Cannot write {what}: {folder} is a file, not a folder.</source>
        <translation>No se puede escribir {what}: {folder} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="35"/>
        <source>Cannot write {what}: the folder {folder} does not exist.</source>
        <translation>No se puede escribir {what}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="36"/>
        <source>Cannot write {what} to {target}: {reason}.</source>
        <translation>No se puede escribir {what} en {target}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="37"/>
        <source>Cannot write {what}: {target} is a folder; name a {extension} file.</source>
        <translation>No se puede escribir {what}: {target} es una carpeta; indica un archivo {extension}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="40"/>
        <source>Cannot write {what}: {target} is a symbolic link; name a regular {extension} file.</source>
        <translation>No se puede escribir {what}: {target} es un enlace simbólico; indica un archivo {extension} normal.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="43"/>
        <source>Cannot write {what}: {target} is not a regular file (a device, pipe or socket).</source>
        <translation>No se puede escribir {what}: {target} no es un archivo normal (es un dispositivo, una tubería o un socket).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="46"/>
        <source>Attempt {attempt} is not finished yet: submit it before making its report.</source>
        <translation>El intento {attempt} aún no ha terminado: entrégalo antes de generar su informe.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="56"/>
        <source>the report</source>
        <translation>el informe</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="57"/>
        <source>the CSV export</source>
        <translation>la exportación CSV</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="49"/>
        <source>No question bank is loaded.</source>
        <translation>No hay ningún banco de preguntas cargado.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="50"/>
        <source>Cannot write {target}: {reason}.</source>
        <translation>No se puede escribir {target}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="51"/>
        <source>This item is no longer in the bank.</source>
        <translation>Esta pregunta ya no está en el banco.</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <location filename="../../ui/exam_page.py" line="150"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="151"/>
        <location filename="../../ui/exam_page.py" line="152"/>
        <source>Previous item</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="153"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="154"/>
        <location filename="../../ui/exam_page.py" line="155"/>
        <source>Next item</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="156"/>
        <location filename="../../ui/exam_page.py" line="158"/>
        <source>Review screen</source>
        <translation>Pantalla de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="157"/>
        <source>See every item and jump to any of them</source>
        <translation>Ver todas las preguntas e ir a cualquiera</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="159"/>
        <source>Submit…</source>
        <translation>Entregar…</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="160"/>
        <location filename="../../ui/exam_page.py" line="161"/>
        <source>Submit the exam</source>
        <translation>Entregar el examen</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="162"/>
        <location filename="../../ui/exam_page.py" line="164"/>
        <source>Check answer</source>
        <translation>Comprobar respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="163"/>
        <source>See if the answer is right, with every reason</source>
        <translation>Ver si la respuesta es correcta, con todas las explicaciones</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="165"/>
        <source>Flag this item to come back to it</source>
        <translation>Marcar esta pregunta para volver a ella</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="166"/>
        <source>Flag for review</source>
        <translation>Marcar para revisar</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="167"/>
        <source>Pause the practice clock</source>
        <translation>Pausar el reloj de la práctica</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="168"/>
        <source>Pause or resume</source>
        <translation>Pausar o reanudar</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="169"/>
        <source>Time remaining</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="228"/>
        <location filename="../../ui/exam_page.py" line="234"/>
        <source>Your last change could not be saved: %1</source>
        <translation>No se pudo guardar tu último cambio: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="259"/>
        <source>Item %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="263"/>
        <source>Task %1 · %2</source>
        <translation>Tarea %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="267"/>
        <source>⚑ Flagged</source>
        <translation>⚑ Marcada</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="267"/>
        <source>⚐ Flag for review</source>
        <translation>⚐ Marcar para revisar</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="357"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="357"/>
        <source>▶ Resume</source>
        <translation>▶ Reanudar</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="404"/>
        <source>Time is up: the exam was submitted with the answers you gave.</source>
        <translation>Se acabó el tiempo: el examen se entregó con las respuestas que diste.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="409"/>
        <source>Untimed · %1</source>
        <translation>Sin límite de tiempo · %1</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="420"/>
        <source>15 minutes left.</source>
        <translation>Quedan 15 minutos.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="423"/>
        <source>5 minutes left.</source>
        <translation>Quedan 5 minutos.</translation>
    </message>
</context>
<context>
    <name>FlaggedModel</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="38"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="39"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="40"/>
        <source>Times flagged</source>
        <translation>Veces marcada</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="41"/>
        <source>Last flagged</source>
        <translation>Última marca</translation>
    </message>
</context>
<context>
    <name>FlaggedPage</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="153"/>
        <source>Flagged items</source>
        <translation>Preguntas marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="155"/>
        <source>Items you flagged in any exam or practice, until you clear them. Practise them as a set, or clear one.</source>
        <translation>Las preguntas que marcaste en cualquier examen o práctica, hasta que quites la marca. Practícalas juntas o quita la marca de una.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="158"/>
        <source>Clear flag</source>
        <translation>Quitar marca</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="159"/>
        <source>Clear the flag of the selected item</source>
        <translation>Quitar la marca de la pregunta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="160"/>
        <source>Practise these items</source>
        <translation>Practicar estas preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="161"/>
        <source>Practise the flagged items</source>
        <translation>Practicar las preguntas marcadas</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/history_page.py" line="180"/>
        <source>History and mastery</source>
        <translation>Historial y nivel</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="181"/>
        <location filename="../../ui/history_page.py" line="182"/>
        <source>Show demo attempts</source>
        <translation>Mostrar intentos de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="183"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="184"/>
        <source>Mastery per task statement</source>
        <translation>Nivel por tarea</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="185"/>
        <source>Task statement for the trend chart</source>
        <translation>Tarea del gráfico de evolución</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="186"/>
        <source>Task statement:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="187"/>
        <source>Attempts (Enter or double-click to review)</source>
        <translation>Intentos (Intro o doble clic para revisar)</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="188"/>
        <source>Mastery, weakest first</source>
        <translation>Nivel por tarea, de más débil a más fuerte</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="189"/>
        <location filename="../../ui/history_page.py" line="190"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="191"/>
        <source>Score per domain over attempts</source>
        <translation>Aciertos por dominio a lo largo de los intentos</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="192"/>
        <source>Score of a task statement over attempts</source>
        <translation>Aciertos de una tarea a lo largo de los intentos</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="210"/>
        <source>Readiness estimate: not enough answers yet. Sit an exam or a practice set.</source>
        <translation>Preparación estimada: aún no hay respuestas suficientes. Haz un examen o una práctica.</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="215"/>
        <source>Readiness estimate: %1 (between %2 and %3) · chance of reaching %4: %5 %</source>
        <translation>Preparación estimada: %1 (entre %2 y %3) · probabilidad de llegar a %4: %5 %</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="223"/>
        <source>(from demo attempts: you have none of your own yet)</source>
        <translation>(a partir de intentos de demostración: aún no tienes intentos propios)</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="224"/>
        <source>An estimate from your answers, recent ones weighing more.</source>
        <translation>Una estimación a partir de tus respuestas; las recientes pesan más.</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="251"/>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="268"/>
        <source>% right per domain</source>
        <translation>% de aciertos por dominio</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="292"/>
        <source>% right in task %1</source>
        <translation>% de aciertos en la tarea %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.py" line="242"/>
        <location filename="../../ui/home_page.py" line="311"/>
        <source>AWS Certified AI Practitioner (AIF-C01) exam simulator</source>
        <translation>Simulador del examen AWS Certified AI Practitioner (AIF-C01)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="243"/>
        <source>Exam:</source>
        <translation>Examen:</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="244"/>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="245"/>
        <source>Full-length exam</source>
        <translation>Examen completo</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="248"/>
        <source>65 items in 90 minutes, drawn like the real exam: domain weights, every item type, 15 unscored items you cannot tell apart. Domain and task are hidden until the end.</source>
        <translation>65 preguntas en 90 minutos, elegidas como en el examen real: pesos por dominio, todos los tipos de pregunta y 15 preguntas que no puntúan y que no puedes distinguir. El dominio y la tarea se ocultan hasta el final.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="252"/>
        <source>+30 minutes (accommodation for non-native English speakers)</source>
        <translation>+30 minutos (adaptación si el inglés no es tu lengua materna)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="253"/>
        <source>Add 30 minutes</source>
        <translation>Añadir 30 minutos</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="254"/>
        <location filename="../../ui/home_page.py" line="255"/>
        <source>Start full exam</source>
        <translation>Empezar examen completo</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="256"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="257"/>
        <source>Domains:</source>
        <translation>Dominios:</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="259"/>
        <source>Select or clear every task of domain %1</source>
        <translation>Marcar o desmarcar todas las tareas del dominio %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="260"/>
        <source>Domain %1</source>
        <translation>Dominio %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="261"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="262"/>
        <source>Select every task statement</source>
        <translation>Marcar todas las tareas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="263"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="264"/>
        <source>Clear every task statement</source>
        <translation>Desmarcar todas las tareas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="265"/>
        <source>Task statements to practise</source>
        <translation>Tareas que quieres practicar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="266"/>
        <source>Number of items:</source>
        <translation>Número de preguntas:</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="267"/>
        <source>Number of items</source>
        <translation>Número de preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="268"/>
        <source>Timed (same pace as the real exam)</source>
        <translation>Con tiempo (al ritmo del examen real)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="269"/>
        <source>Timed</source>
        <translation>Con tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="270"/>
        <source>Instant feedback after each answer</source>
        <translation>Corrección inmediata tras cada respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="271"/>
        <source>Instant feedback</source>
        <translation>Corrección inmediata</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="272"/>
        <source>Add a case study (practice material)</source>
        <translation>Añadir un caso práctico (material de práctica)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="273"/>
        <source>Add a case study</source>
        <translation>Añadir un caso práctico</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="274"/>
        <location filename="../../ui/home_page.py" line="275"/>
        <source>Start practice</source>
        <translation>Empezar práctica</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="276"/>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="277"/>
        <source>Items per domain</source>
        <translation>Preguntas por dominio</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="278"/>
        <location filename="../../ui/home_page.py" line="279"/>
        <source>Latest results</source>
        <translation>Últimos resultados</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="280"/>
        <source>No finished exams yet. Your results will appear here.</source>
        <translation>Aún no has terminado ningún examen. Tus resultados aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="281"/>
        <source>After the exam</source>
        <translation>Después del examen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="282"/>
        <location filename="../../ui/home_page.py" line="283"/>
        <source>Start weak-area drill</source>
        <translation>Empezar repaso de puntos débiles</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="284"/>
        <source>Items in the drill</source>
        <translation>Preguntas del repaso</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="285"/>
        <location filename="../../ui/home_page.py" line="286"/>
        <source>History and mastery</source>
        <translation>Historial y nivel</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="287"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="288"/>
        <source>Resume the unfinished exam</source>
        <translation>Reanudar el examen sin terminar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="289"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="290"/>
        <source>Discard the unfinished exam</source>
        <translation>Descartar el examen sin terminar</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="313"/>
        <source>Question bank: %1 items</source>
        <translation>Banco de preguntas: %1 preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="327"/>
        <source>A drill brings back the items you missed when they are due (Leitner boxes: again after 1, 3, 7 and 14 days) and fills up with your weakest task statements. Due now: %1.</source>
        <translation>El repaso vuelve a mostrar las preguntas que fallaste cuando les toca (cajas de Leitner: de nuevo a los 1, 3, 7 y 14 días) y se completa con tus tareas más débiles. Pendientes ahora: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="331"/>
        <source>Review flagged (%1)</source>
        <translation>Revisar marcadas (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="332"/>
        <source>Review flagged items</source>
        <translation>Revisar las preguntas marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="333"/>
        <source>Question reports (%1)</source>
        <translation>Informes de preguntas (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="334"/>
        <source>Question reports</source>
        <translation>Informes de preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="342"/>
        <source>full exam</source>
        <translation>examen completo</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="342"/>
        <source>practice</source>
        <translation>práctica</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="343"/>
        <source>You have an unfinished %1 from %2: %3 of %4 answered.</source>
        <translation>Tienes pendiente: %1 del %2, con %3 de %4 respondidas.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="347"/>
        <source>%1 min left.</source>
        <translation>Quedan %1 min.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="375"/>
        <source>Choose at least one task statement or domain.</source>
        <translation>Elige al menos una tarea o un dominio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/home_page.py" line="377"/>
        <source>%n item(s) available in the chosen task statements.</source>
        <translation>
            <numerusform>%n pregunta disponible en las tareas elegidas.</numerusform>
            <numerusform>%n preguntas disponibles en las tareas elegidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../ui/item_panel.py" line="121"/>
        <source>Case study scenario</source>
        <translation>Escenario del caso práctico</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="122"/>
        <source>Feedback</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="127"/>
        <source>(Choose %1.)</source>
        <translation>(Elige %1.)</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="149"/>
        <source>Case study: %1</source>
        <translation>Caso práctico: %1</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="158"/>
        <source>Correct</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="158"/>
        <source>Incorrect</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="159"/>
        <source>Partial credit (practice only): %1 %</source>
        <translation>Crédito parcial (solo práctica): %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/item_panel.py" line="161"/>
        <source>Read more</source>
        <translation>Para leer más</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Simulacro</source>
        <translation>&amp;Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>AWS Certified AI Practitioner</source>
        <translation>AWS Certified AI Practitioner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Go &amp;to</source>
        <translation>I&amp;r a</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Acti&amp;ons</source>
        <translation>Acci&amp;ones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>He&amp;lp</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Home screen</source>
        <translation>Pantalla de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Flagged items</source>
        <translation>Preguntas marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>History and mastery</source>
        <translation>Historial y nivel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Question reports</source>
        <translation>Informes de preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;About Simulacro</source>
        <translation>&amp;Acerca de Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Opening your data and the question bank…</source>
        <translation>Abriendo tus datos y el banco de preguntas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>(nothing to do on this screen)</source>
        <translation>(nada que hacer en esta pantalla)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Simulacro could not open its data.</source>
        <translation>Simulacro no pudo abrir sus datos.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>Nothing was deleted. Fix the problem and start Simulacro again.</source>
        <translation>No se borró nada. Corrige el problema y vuelve a abrir Simulacro.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>This exam is open in another window. Take it over here? The other window will no longer be able to save answers.</source>
        <translation>Este examen está abierto en otra ventana. ¿Continuarlo aquí? La otra ventana ya no podrá guardar respuestas.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>Flagged item %1</source>
        <translation>Pregunta marcada %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <location filename="../../ui/main_window.py" line="545"/>
        <source>Thank you: the report was saved.</source>
        <translation>Gracias: el informe se guardó.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="556"/>
        <source>Export question reports</source>
        <translation>Exportar los informes de preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="556"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="563"/>
        <source>%n report(s) exported to %1</source>
        <translation>
            <numerusform>%n informe exportado a %1</numerusform>
            <numerusform>%n informes exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="574"/>
        <source>Discard the unfinished exam?</source>
        <translation>¿Descartar el examen sin terminar?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="575"/>
        <source>It will stay in your history as discarded and will not be offered again.</source>
        <translation>Quedará en tu historial como descartado y no se volverá a ofrecer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="604"/>
        <source>Save the PDF report</source>
        <translation>Guardar el informe PDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="604"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="613"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="614"/>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="629"/>
        <source>Report saved: %1</source>
        <translation>Informe guardado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="652"/>
        <source>Simulacro</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="661"/>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="716"/>
        <source>About Simulacro</source>
        <translation>Acerca de Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="718"/>
        <source>Simulacro 0.1 — an offline practice simulator for the AWS Certified AI Practitioner exam. Not affiliated with Amazon Web Services. Scaled scores are estimates.</source>
        <translation>Simulacro 0.1: simulador sin conexión para preparar el examen AWS Certified AI Practitioner. Sin relación con Amazon Web Services. Las puntuaciones escaladas son estimaciones.</translation>
    </message>
</context>
<context>
    <name>MasteryModel</name>
    <message>
        <location filename="../../ui/history_page.py" line="71"/>
        <source>Task statement</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="72"/>
        <source>Mastery</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="73"/>
        <source>Range (95 %)</source>
        <translation>Intervalo (95 %)</translation>
    </message>
    <message>
        <location filename="../../ui/history_page.py" line="74"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <location filename="../../ui/item_views.py" line="239"/>
        <source>Choose a response for each prompt. A response can be used more than once.</source>
        <translation>Elige una respuesta para cada enunciado. Una respuesta puede usarse más de una vez.</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="254"/>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="260"/>
        <source>Response for: %1</source>
        <translation>Respuesta para: %1</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="273"/>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/message_bar.py" line="40"/>
        <location filename="../../ui/message_bar.py" line="41"/>
        <source>Close the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <location filename="../../ui/message_bar.py" line="42"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../ui/models.py" line="121"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="122"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="123"/>
        <source>Items</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="235"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="213"/>
        <source>Item %1</source>
        <translation>Pregunta %1</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="215"/>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="217"/>
        <source>unanswered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="220"/>
        <source>flagged</source>
        <translation>marcada</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="233"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="234"/>
        <source>Correct</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="247"/>
        <source>no items</source>
        <translation>sin preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="285"/>
        <source>Position %1: %2</source>
        <translation>Posición %1: %2</translation>
    </message>
</context>
<context>
    <name>OrderingView</name>
    <message>
        <location filename="../../ui/item_views.py" line="348"/>
        <source>Put the steps in order, first at the top. Drag them, or select one and press Alt+Up / Alt+Down.</source>
        <translation>Ordena los pasos, el primero arriba. Arrástralos, o selecciona uno y pulsa Alt+Arriba / Alt+Abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="350"/>
        <location filename="../../ui/item_views.py" line="356"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="351"/>
        <source>Move the selected step up</source>
        <translation>Subir el paso seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="352"/>
        <location filename="../../ui/item_views.py" line="357"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="353"/>
        <source>Move the selected step down</source>
        <translation>Bajar el paso seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="354"/>
        <source>Confirm this order</source>
        <translation>Confirmar este orden</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="354"/>
        <source>Order saved</source>
        <translation>Orden guardado</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="358"/>
        <source>Confirm order</source>
        <translation>Confirmar orden</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="359"/>
        <source>Steps to order</source>
        <translation>Pasos para ordenar</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="370"/>
        <source>Correct order:</source>
        <translation>Orden correcto:</translation>
    </message>
</context>
<context>
    <name>PacksModel</name>
    <message>
        <location filename="../../ui/dialogs.py" line="314"/>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="315"/>
        <source>Exams</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="316"/>
        <source>Items</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="317"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="318"/>
        <source>Source folder</source>
        <translation>Carpeta de origen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="342"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="348"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="353"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="355"/>
        <source>Candidate name (for reports)</source>
        <translation>Nombre del candidato (para los informes)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="358"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="359"/>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="360"/>
        <source>Candidate name (for reports):</source>
        <translation>Nombre del candidato (para los informes):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="365"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="366"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="369"/>
        <location filename="../../ui/dialogs.py" line="376"/>
        <source>Imported question packs</source>
        <translation>Paquetes de preguntas importados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="377"/>
        <source>No packs imported. The shipped bank is always there.</source>
        <translation>No hay paquetes importados. El banco incluido siempre está disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="378"/>
        <source>Remove pack</source>
        <translation>Quitar paquete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="379"/>
        <source>Remove the selected pack</source>
        <translation>Quitar el paquete seleccionado</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>ReportQuestionDialog</name>
    <message>
        <location filename="../../ui/answer_review.py" line="112"/>
        <source>Report this question</source>
        <translation>Informar de un error en esta pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="114"/>
        <source>What seems wrong</source>
        <translation>Qué parece incorrecto</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="116"/>
        <source>What seems wrong? For example: option B is also right because…</source>
        <translation>¿Qué parece incorrecto? Por ejemplo: la opción B también es correcta porque…</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="118"/>
        <source>Your note is kept on this computer and can be exported as CSV for the bank&apos;s authors.</source>
        <translation>Tu nota se guarda en este equipo y puede exportarse como CSV para los autores del banco.</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="121"/>
        <location filename="../../ui/answer_review.py" line="122"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="123"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="61"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="62"/>
        <source>Item</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="63"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="64"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="193"/>
        <source>Question report</source>
        <translation>Informe de pregunta</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="197"/>
        <source>Question reports</source>
        <translation>Informes de preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="198"/>
        <source>Your notes on questions that seem wrong. Export them as CSV and send them to the bank&apos;s authors.</source>
        <translation>Tus notas sobre preguntas que parecen incorrectas. Expórtalas como CSV y envíalas a los autores del banco.</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="200"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/tool_pages.py" line="201"/>
        <source>Export the reports as CSV</source>
        <translation>Exportar los informes como CSV</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results_page.py" line="135"/>
        <source>By domain</source>
        <translation>Por dominio</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="136"/>
        <source>By task statement</source>
        <translation>Por tarea</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="137"/>
        <location filename="../../ui/results_page.py" line="138"/>
        <source>Review answers</source>
        <translation>Revisar respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="139"/>
        <source>PDF report…</source>
        <translation>Informe PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="140"/>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="141"/>
        <location filename="../../ui/results_page.py" line="142"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="143"/>
        <source>Scores by domain</source>
        <translation>Puntuación por dominio</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="144"/>
        <source>Scores by task statement</source>
        <translation>Puntuación por tarea</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="158"/>
        <source>Not available in this version yet.</source>
        <translation>Aún no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="169"/>
        <source>Estimated result: PASS</source>
        <translation>Resultado estimado: APROBADO</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="169"/>
        <source>Estimated result: FAIL</source>
        <translation>Resultado estimado: NO APROBADO</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="172"/>
        <source>AWS does not publish how raw results become scaled scores: Simulacro&apos;s scaled score is an estimate.</source>
        <translation>AWS no publica cómo se convierten los aciertos en la puntuación escalada: la de Simulacro es una estimación.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="175"/>
        <source>Time ran out and the exam was submitted automatically.</source>
        <translation>Se acabó el tiempo y el examen se entregó automáticamente.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="178"/>
        <source>Estimated scaled score: %1 of %2 (pass mark %3)</source>
        <translation>Puntuación escalada estimada: %1 de %2 (se aprueba con %3)</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="184"/>
        <source>Raw score: %1 of %2 scored items right (%3 %)</source>
        <translation>Puntuación bruta: %1 de %2 preguntas puntuables correctas (%3 %)</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="192"/>
        <source>Time used: %1 min of %2</source>
        <translation>Tiempo usado: %1 min de %2</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="197"/>
        <source>Time used: %1 min (untimed)</source>
        <translation>Tiempo usado: %1 min (sin límite)</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="200"/>
        <source>Partial credit, practice only (not part of the exam score): %1 %</source>
        <translation>Crédito parcial, solo en práctica (no cuenta para la puntuación del examen): %1 %</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="179"/>
        <source>Review screen</source>
        <translation>Pantalla de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="185"/>
        <source>All items</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="186"/>
        <source>Flagged only</source>
        <translation>Solo las marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="187"/>
        <source>Unanswered only</source>
        <translation>Solo las sin responder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="188"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="201"/>
        <source>Items</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="205"/>
        <source>Filled: answered · Outlined: unanswered · Thick amber border and ⚑: flagged</source>
        <translation>Rellena: respondida · Solo borde: sin responder · Borde ámbar grueso y ⚑: marcada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="206"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="213"/>
        <location filename="../../ui/dialogs.py" line="214"/>
        <source>Back to the exam</source>
        <translation>Volver al examen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="215"/>
        <source>Submit exam…</source>
        <translation>Entregar examen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="216"/>
        <source>Submit exam</source>
        <translation>Entregar examen</translation>
    </message>
</context>
<context>
    <name>ReviewItemsModel</name>
    <message>
        <location filename="../../ui/answer_review.py" line="66"/>
        <source>right</source>
        <translation>correcta</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="68"/>
        <source>unanswered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <location filename="../../ui/answer_review.py" line="70"/>
        <source>wrong</source>
        <translation>incorrecta</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="44"/>
        <source>Choose option A to I (toggle in multiple response)</source>
        <translation>Elegir la opción A a I (en respuesta múltiple, marca o desmarca)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="45"/>
        <source>Choose option 1 to 9 (toggle in multiple response)</source>
        <translation>Elegir la opción 1 a 9 (en respuesta múltiple, marca o desmarca)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="46"/>
        <source>Strike out option A to I, or restore it (a chosen option is unchosen)</source>
        <translation>Tachar la opción A a I, o quitar el tachado (una opción elegida deja de estarlo)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="49"/>
        <source>Strike out option 1 to 9, or restore it</source>
        <translation>Tachar la opción 1 a 9, o quitar el tachado</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="50"/>
        <source>Next item</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51"/>
        <source>Previous item</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52"/>
        <source>Flag the item for review, or clear the flag</source>
        <translation>Marcar la pregunta para revisar, o quitar la marca</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="53"/>
        <source>Open the review screen</source>
        <translation>Abrir la pantalla de revisión</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="54"/>
        <source>Submit the exam</source>
        <translation>Entregar el examen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="55"/>
        <source>Check the answer (practice with instant feedback)</source>
        <translation>Comprobar la respuesta (práctica con corrección inmediata)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="56"/>
        <source>Pause or resume (practice only)</source>
        <translation>Pausar o reanudar (solo en práctica)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="57"/>
        <source>Ordering: move the selected step up</source>
        <translation>Ordenación: subir el paso seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="58"/>
        <source>Ordering: move the selected step down</source>
        <translation>Ordenación: bajar el paso seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="59"/>
        <source>Go to the home screen</source>
        <translation>Ir a la pantalla de inicio</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="60"/>
        <source>Open the Actions menu: every button of this screen</source>
        <translation>Abrir el menú Acciones: todos los botones de esta pantalla</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="61"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="62"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="63"/>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="64"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="65"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="269"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="269"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="291"/>
        <location filename="../../ui/dialogs.py" line="297"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="302"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="64"/>
        <location filename="../../ui/dialogs.py" line="65"/>
        <source>Submit the exam?</source>
        <translation>¿Entregar el examen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="68"/>
        <source>You have answered %1 of %2 items.</source>
        <translation>Has respondido %1 de %2 preguntas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="73"/>
        <source>%n item(s) unanswered: they will count as wrong.</source>
        <translation>
            <numerusform>%n pregunta sin responder: contará como incorrecta.</numerusform>
            <numerusform>%n preguntas sin responder: contarán como incorrectas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="75"/>
        <source>%n item(s) flagged for review.</source>
        <translation>
            <numerusform>%n pregunta marcada para revisar.</numerusform>
            <numerusform>%n preguntas marcadas para revisar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="76"/>
        <source>After submitting you cannot change any answer.</source>
        <translation>Después de entregar no podrás cambiar ninguna respuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="79"/>
        <location filename="../../ui/dialogs.py" line="81"/>
        <source>Submit exam</source>
        <translation>Entregar examen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="80"/>
        <location filename="../../ui/dialogs.py" line="82"/>
        <source>Keep working</source>
        <translation>Seguir con el examen</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../ui/text_dialog.py" line="32"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ToolScreen</name>
    <message>
        <location filename="../../ui/tool_pages.py" line="131"/>
        <location filename="../../ui/tool_pages.py" line="132"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="47"/>
        <source>%n answered</source>
        <translation>
            <numerusform>%n respondida</numerusform>
            <numerusform>%n respondidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="48"/>
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n sin responder</numerusform>
            <numerusform>%n sin responder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="49"/>
        <source>%n flagged</source>
        <translation>
            <numerusform>%n marcada</numerusform>
            <numerusform>%n marcadas</numerusform>
        </translation>
    </message>
</context>
</TS>
