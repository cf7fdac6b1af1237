; Installer of Sổ Hội for Windows 10/11 (64-bit), compiled by makensis (NSIS 3, also on Linux)
; from the payload that packaging/windows/build.py assembles:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DPAYLOAD=build/windows/SoHoi
;            -DOUTFILE=dist/windows/SoHoi-0.1.0-setup.exe packaging/windows/sohoi.nsi
;
; Choices, and why:
; - Per-user install into %LOCALAPPDATA%\Programs\SoHoi: no administrator rights, which
;   commune office accounts often lack. The data folder %LOCALAPPDATA%\SoHoi is a different
;   folder; neither the installer nor the uninstaller ever touches it.
; - The installer itself is 32-bit so that it can start on a 32-bit or old Windows and say
;   plainly why it cannot install there, instead of Windows showing a cryptic error.
; - Upgrade in place: the old program folders are removed, then the new ones written; the
;   register is upgraded (after an automatic backup) the next time Sổ Hội opens.
; - The shortcuts start the bundled pythonw.exe with "-m desktop" (see build.py).

Unicode true
ManifestDPIAware true
RequestExecutionLevel user

!ifndef VERSION
  !error "Pass -DVERSION=x.y.z (build.py does)"
!endif
!ifndef PAYLOAD
  !error "Pass -DPAYLOAD=folder assembled by build.py"
!endif
!ifndef OUTFILE
  !define OUTFILE "SoHoi-${VERSION}-setup.exe"
!endif
!ifndef COMPRESSOR
  !define COMPRESSOR lzma
!endif
!ifndef VERSION_QUAD
  !define VERSION_QUAD "0.0.0.0"
!endif
!ifndef SIZE_KB
  !define SIZE_KB 0
!endif

; -DTARGET=amd64-unicode makes a 64-bit installer (same script), for checking it under a
; 64-bit-only Wine; releases keep the default 32-bit installer for the reason above.
!ifdef TARGET
  Target ${TARGET}
!endif

SetCompressor /SOLID ${COMPRESSOR}

!define APP_NAME "Sổ Hội"
!define APP_KEY "SoHoi"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"
!define LAUNCHER "$INSTDIR\python\pythonw.exe"
!define LAUNCHER_ARGS "-m desktop"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_KEY}"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=1066 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1066 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1066 "FileDescription" "Cài đặt ${APP_NAME}"
VIAddVersionKey /LANG=1066 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TITLE "Cài đặt ${APP_NAME} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "Chương trình này cài ${APP_NAME} cho tài khoản Windows đang dùng (không cần quyền quản trị).$\r$\n$\r$\nNếu ${APP_NAME} đang mở, hãy đóng lại trước khi tiếp tục.$\r$\n$\r$\nDữ liệu (thư mục %LOCALAPPDATA%\SoHoi) được giữ nguyên. Khi cài bản mới đè lên bản cũ, lần mở đầu tiên ${APP_NAME} tự sao lưu dữ liệu trước khi nâng cấp."
!define MUI_FINISHPAGE_RUN "${LAUNCHER}"
!define MUI_FINISHPAGE_RUN_PARAMETERS "${LAUNCHER_ARGS}"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${APP_NAME} ngay"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

LangString OldWindows ${LANG_VIETNAMESE} "${APP_NAME} cần Windows 10 (bản 1809 trở lên) hoặc Windows 11, loại 64-bit.$\r$\n$\r$\nMáy này đang chạy Windows cũ hơn (ví dụ Windows 7) nên không cài được. Xin nhờ người phụ trách máy tính nâng cấp Windows, hoặc dùng ${APP_NAME} trên một máy khác."
LangString Windows32 ${LANG_VIETNAMESE} "${APP_NAME} cần Windows loại 64-bit.$\r$\n$\r$\nMáy này đang chạy Windows 32-bit nên không cài được. Xin nhờ người phụ trách máy tính hỗ trợ, hoặc dùng ${APP_NAME} trên một máy khác."
LangString DataKept ${LANG_VIETNAMESE} "Dữ liệu vẫn được giữ ở $LOCALAPPDATA\SoHoi (xóa thư mục này nếu thật sự không cần nữa)."

Function .onInit
  ; Qt 6 needs Windows 10 1809 (build 17763) or later, 64-bit.
  ${IfNot} ${AtLeastWin10}
  ${OrIfNot} ${AtLeastBuild} 17763
    MessageBox MB_OK|MB_ICONSTOP "$(OldWindows)" /SD IDOK
    SetErrorLevel 3
    Quit
  ${EndIf}
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Windows32)" /SD IDOK
    SetErrorLevel 3
    Quit
  ${EndIf}
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Install"
  ; An upgrade replaces the program folders whole, so no file of the old version lingers.
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\app"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  SetOutPath "$INSTDIR"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "${LAUNCHER}" "${LAUNCHER_ARGS}" "${LAUNCHER}" 0
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "${LAUNCHER}" "${LAUNCHER_ARGS}" "${LAUNCHER}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "${LAUNCHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Only what the installer wrote; the data folder $LOCALAPPDATA\SoHoi is never touched.
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\app"
  Delete "$INSTDIR\sohoi.cmd"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DetailPrint "$(DataKept)"
SectionEnd
